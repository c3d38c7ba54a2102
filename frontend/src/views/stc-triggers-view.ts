/** Triggers: for each likely trigger, twitch nights with it against without it. */
import { LitElement, css, html, nothing } from "lit";
import { property } from "lit/decorators.js";
import { fetchReport } from "../api";
import "../components/stc-trigger-bars";
import { define } from "../define";
import { Fetched } from "../fetched";
import type { Texts } from "../format";
import { sharedStyles } from "../styles";
import { compare } from "../trigger-bars";
import type { CoachEvent, HomeAssistant, Report } from "../types";

/** The insights cover the same nights whatever the report's length, so the shortest will do. */
const REPORT_NIGHTS = 1;

export class StcTriggersView extends LitElement {
  @property({ attribute: false }) public hass!: HomeAssistant;

  @property({ attribute: false }) public entryId!: string;

  @property({ attribute: false }) public event!: CoachEvent;

  @property({ attribute: false }) public texts!: Texts;

  private _insights = new Fetched<Pick<Report, "trigger_insights" | "summary">>(this, () => this.texts.t("panel.error"));

  protected willUpdate(): void {
    const { entryId, hass } = this;
    this._insights.need(`${entryId}|${this.event.tonight}|${this.event.revision}`, async () => {
      const { trigger_insights, summary } = await fetchReport(hass, entryId, REPORT_NIGHTS);
      return { trigger_insights, summary };
    });
  }

  protected render() {
    const { t } = this.texts;
    return html`<section class="card">
      <h2>${t("view.triggers")}</h2>
      ${this._insights.value
        ? html`<p class="secondary">${t("triggers.intro", { count: this._insights.value.summary.insight_nights })}</p>`
        : nothing}
      ${this._insights.error ? html`<p class="error" role="alert">${this._insights.error}</p>` : nothing}
      ${this._insights.value
        ? html`<ul class="triggers">
            ${this._insights.value.trigger_insights.map(
              (insight) => html`<li class="trigger" data-trigger=${insight.trigger}>
                <stc-trigger-bars .comparison=${compare(insight)} .texts=${this.texts}></stc-trigger-bars>
              </li>`,
            )}
          </ul>`
        : this._insights.error
          ? nothing
          : html`<p class="secondary">${t("panel.loading")}</p>`}
    </section>`;
  }

  static styles = [
    sharedStyles,
    css`
      .triggers {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(300px, 100%), 1fr));
        gap: 20px 24px;
      }
    `,
  ];
}

define("stc-triggers-view", StcTriggersView);

declare global {
  interface HTMLElementTagNameMap {
    "stc-triggers-view": StcTriggersView;
  }
}
