/**
 * What helps: the experiment, then each factor's recorded nights with and without it, strongest
 * first, over the last 28, 90 or 365 nights.
 */
import { LitElement, css, html, nothing } from "lit";
import { property, state } from "lit/decorators.js";
import { fetchReport } from "../api";
import "../components/stc-experiment-card";
import "../components/stc-factor-row";
import { define } from "../define";
import { mayStartExperiment } from "../experiment";
import { Fetched, KeptAnswers } from "../fetched";
import type { Texts } from "../format";
import { sharedStyles } from "../styles";
import type { CoachEvent, HomeAssistant, Report } from "../types";

/** The comparisons cover the same nights whatever the report's length, so the shortest will do. */
const REPORT_NIGHTS = 1;

/** The periods to compare over, in nights; the middle one is the integration's default. */
export const COMPARE_NIGHTS = [28, 90, 365] as const;
const DEFAULT_COMPARE_NIGHTS = 90;

export class StcWhatHelpsView extends LitElement {
  @property({ attribute: false }) public hass!: HomeAssistant;

  @property({ attribute: false }) public entryId!: string;

  @property({ attribute: false }) public event!: CoachEvent;

  @property({ attribute: false }) public texts!: Texts;

  /** The panel's answers kept while it is open. */
  @property({ attribute: false }) public kept = new KeptAnswers();

  @state() private _compareNights: number = DEFAULT_COMPARE_NIGHTS;

  private _report = new Fetched<Pick<Report, "factors" | "summary">>(this, () => this.texts.t("panel.error"));

  protected willUpdate(): void {
    const { entryId, hass, _compareNights: compareNights } = this;
    this._report.need(
      `${entryId}|${this.event.tonight}|${this.event.revision}|${compareNights}`,
      async () => {
        const { factors, summary } = await fetchReport(hass, entryId, REPORT_NIGHTS, compareNights);
        return { factors, summary };
      },
      { answers: this.kept, slot: `factors|${entryId}|${compareNights}` },
    );
  }

  protected render() {
    const { t } = this.texts;
    const { event } = this;
    const report = this._report.value;
    const mayStart = mayStartExperiment(event);
    return html`${event.experiment
        ? html`<stc-experiment-card
            id="experiment"
            .hass=${this.hass}
            .entryId=${this.entryId}
            .experiment=${event.experiment}
            .tonight=${event.tonight}
            .mayChange=${event.may_change}
            .texts=${this.texts}
          ></stc-experiment-card>`
        : nothing}
      <section class="card" aria-labelledby="what-helps-heading">
        <div class="top">
          <h2 id="what-helps-heading">${t("view.what_helps")}</h2>
          <div class="period" role="group" aria-label=${t("what_helps.period")}>
            ${COMPARE_NIGHTS.map(
              (nights) => html`<button
                class="button small"
                data-nights=${nights}
                aria-pressed=${nights === this._compareNights ? "true" : "false"}
                @click=${() => (this._compareNights = nights)}
              >
                ${t("what_helps.period_option", { count: nights })}
              </button>`,
            )}
          </div>
        </div>
        ${report ? html`<p class="secondary">${t("what_helps.intro", { count: report.summary.compare_nights })}</p>` : nothing}
        ${event.may_change && event.experiment?.running
          ? html`<p class="secondary" id="one-at-a-time">${t("what_helps.one_at_a_time")}</p>`
          : nothing}
        ${this._report.error ? html`<p class="error" role="alert">${this._report.error}</p>` : nothing}
        ${report
          ? report.factors.length
            ? html`<ul class="factors" aria-busy=${this._report.current ? "false" : "true"}>
                  ${report.factors.map(
                    (factor) => html`<li class="factor" data-factor=${factor.factor} data-verdict=${factor.verdict}>
                      <stc-factor-row
                        .hass=${this.hass}
                        .entryId=${this.entryId}
                        .factor=${factor}
                        .mayStart=${mayStart}
                        .texts=${this.texts}
                      ></stc-factor-row>
                    </li>`,
                  )}
                </ul>
                <p class="secondary hint">${t("what_helps.interval_hint")}</p>`
            : html`<p class="secondary">${t("what_helps.none")}</p>`
          : this._report.error
            ? nothing
            : html`<p class="secondary">${t("panel.loading")}</p>`}
      </section>`;
  }

  static styles = [
    sharedStyles,
    css`
      .top {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 8px 16px;
        margin-bottom: 8px;
      }
      .top h2 {
        margin: 0;
      }
      .period {
        display: flex;
        gap: 6px;
      }
      .button.small {
        min-height: 36px;
        padding: 4px 10px;
        font-size: 0.9rem;
      }
      .factors {
        list-style: none;
        margin: 12px 0 0;
        padding: 0;
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(300px, 100%), 1fr));
        gap: 24px 24px;
      }
      .factor {
        padding-top: 12px;
        border-top: 1px solid var(--stc-divider);
      }
      .hint {
        margin-top: 16px;
        font-size: 0.85rem;
      }
    `,
  ];
}

define("stc-what-helps-view", StcWhatHelpsView);

declare global {
  interface HTMLElementTagNameMap {
    "stc-what-helps-view": StcWhatHelpsView;
  }
}
