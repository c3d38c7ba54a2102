/** Triggers: for each likely trigger, twitch nights with it against without it. */
import { LitElement, css, html, nothing } from "lit";
import { property, state } from "lit/decorators.js";
import { errorMessage, fetchReport } from "../api";
import "../components/stc-trigger-bars";
import { define } from "../define";
import type { Texts } from "../format";
import { INSIGHT_NIGHTS } from "../report-model";
import { sharedStyles } from "../styles";
import { compare } from "../trigger-bars";
import type { CoachEvent, HomeAssistant, TriggerInsight } from "../types";

/** The insights cover the last 28 nights whatever the report's length, so the shortest will do. */
const REPORT_NIGHTS = 1;

export class StcTriggersView extends LitElement {
  @property({ attribute: false }) public hass!: HomeAssistant;

  @property({ attribute: false }) public entryId!: string;

  @property({ attribute: false }) public event!: CoachEvent;

  @property({ attribute: false }) public texts!: Texts;

  @state() private _insights?: TriggerInsight[];

  @state() private _error = "";

  private _fetchedFor = "";

  protected willUpdate(): void {
    const key = `${this.entryId}|${this.event.tonight}|${this.event.revision}`;
    if (key === this._fetchedFor) return;
    this._fetchedFor = key;
    this._fetch(key);
  }

  private async _fetch(key: string): Promise<void> {
    try {
      const report = await fetchReport(this.hass, this.entryId, REPORT_NIGHTS);
      if (key !== this._fetchedFor) return;
      this._insights = report.trigger_insights;
      this._error = "";
    } catch (error) {
      if (key === this._fetchedFor) this._error = errorMessage(error, this.texts.t("panel.error"));
    }
  }

  protected render() {
    const { t } = this.texts;
    return html`<section class="card">
      <h2>${t("view.triggers")}</h2>
      <p class="secondary">${t("triggers.intro", { count: INSIGHT_NIGHTS })}</p>
      ${this._error ? html`<p class="error" role="alert">${this._error}</p>` : nothing}
      ${this._insights
        ? html`<ul class="triggers">
            ${this._insights.map(
              (insight) => html`<li class="trigger" data-trigger=${insight.trigger}>
                <stc-trigger-bars .comparison=${compare(insight)} .texts=${this.texts}></stc-trigger-bars>
              </li>`,
            )}
          </ul>`
        : this._error
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
