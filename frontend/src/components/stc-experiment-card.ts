/**
 * The experiment: while it runs, the change, how far it has come, how well it is kept and a Stop
 * button (asked twice); once finished, its verdict, the twitch-night rates before and during, and
 * a warning when it was kept on too few nights. Compact on Tonight.
 */
import { LitElement, css, html, nothing } from "lit";
import { property, state } from "lit/decorators.js";
import { ActionState } from "../action-state";
import { stopExperiment } from "../api";
import { experimentComparison } from "../comparison-bars";
import { define } from "../define";
import { changeText, progress, verdictText } from "../experiment";
import { type Texts, shortNight } from "../format";
import { sharedStyles } from "../styles";
import type { Experiment, HomeAssistant } from "../types";
import "./stc-comparison-bars";

export class StcExperimentCard extends LitElement {
  @property({ attribute: false }) public hass!: HomeAssistant;

  @property({ attribute: false }) public entryId!: string;

  @property({ attribute: false }) public experiment!: Experiment;

  /** Tonight's night label. */
  @property({ attribute: false }) public tonight!: string;

  @property({ attribute: false }) public texts!: Texts;

  /** Whether the user may stop it. */
  @property({ attribute: false }) public mayChange = false;

  @property({ type: Boolean, reflect: true }) public compact = false;

  @state() private _confirming = false;

  private _action = new ActionState(this, () => this.texts.t("panel.error"));

  protected render() {
    const { t } = this.texts;
    const { experiment } = this;
    return html`<section
      class="card experiment ${experiment.running ? "running" : "finished"}"
      aria-labelledby="experiment-heading"
      data-change=${experiment.change}
      data-keep=${experiment.keep}
    >
      <h2 id="experiment-heading">
        <span class="secondary label">${t("experiment_card.heading")}</span>
        <span class="change">${changeText(experiment, this.texts)}</span>
      </h2>
      ${experiment.running ? this._renderRunning(experiment) : this._renderFinished(experiment)}
      ${this._action.error ? html`<p class="error" role="alert">${this._action.error}</p>` : nothing}
    </section>`;
  }

  private _renderRunning(experiment: Experiment) {
    const { t } = this.texts;
    const shown = progress(experiment, this.tonight);
    return html`<p class="night" id="experiment-night">${t("experiment_card.night", { night: shown.night, count: shown.nights })}</p>
      <div
        class="progress"
        role="progressbar"
        aria-labelledby="experiment-night"
        aria-valuemin="1"
        aria-valuemax=${shown.nights}
        aria-valuenow=${shown.night}
      >
        <div class="progress-fill" style="width: ${(shown.fraction * 100).toFixed(1)}%"></div>
      </div>
      <p class="adherence">
        ${experiment.nights_recorded
          ? html`${t("experiment_card.adherence", { kept: experiment.nights_kept, recorded: experiment.nights_recorded })}${shown.adherence === null
              ? nothing
              : html` (${shown.adherence}%)`}`
          : t("experiment_card.adherence_none")}
      </p>
      ${this.mayChange ? this._renderStop() : nothing}`;
  }

  private _renderStop() {
    const { t } = this.texts;
    if (!this._confirming) {
      return html`<button id="experiment-stop" class="button stop" @click=${() => (this._confirming = true)}>
        ${t("experiment_card.stop")}
      </button>`;
    }
    return html`<div class="confirm" role="group" aria-labelledby="stop-question">
      <p id="stop-question">${t("experiment_card.stop_confirm")}</p>
      <button id="experiment-stop-yes" class="button filled" ?disabled=${this._action.busy} @click=${this._stop}>
        ${t("experiment_card.stop_yes")}
      </button>
      <button id="experiment-stop-no" class="button" ?disabled=${this._action.busy} @click=${() => (this._confirming = false)}>
        ${t("experiment_card.stop_no")}
      </button>
    </div>`;
  }

  private _renderFinished(experiment: Experiment) {
    const { t } = this.texts;
    const comparison = experimentComparison(experiment);
    const ended = experiment.ended ?? experiment.last_night;
    return html`<p class="verdict verdict-${experiment.verdict ?? "none"}" id="experiment-verdict">
        ${verdictText(experiment, this.texts)}
      </p>
      ${experiment.low_adherence
        ? html`<p class="warning" id="experiment-low-adherence">${t("report.experiment_low_adherence")}</p>`
        : nothing}
      ${this.compact
        ? nothing
        : html`<p class="secondary">
              ${t("experiment_card.finished", {
                started: shortNight(experiment.started, this.texts),
                ended: shortNight(ended, this.texts),
              })}
              · ${t("experiment_card.kept", { kept: experiment.nights_kept, recorded: experiment.nights_recorded })}
            </p>
            ${comparison?.drawable
              ? html`<stc-comparison-bars .comparison=${comparison} .texts=${this.texts}></stc-comparison-bars>`
              : html`<p>
                  ${t("experiment_card.during_only", {
                    twitch_nights: experiment.during.twitch_nights,
                    count: experiment.during.nights,
                  })}
                </p>`}`}`;
  }

  private _stop(): Promise<void> {
    return this._action.run(() => stopExperiment(this.hass, this.entryId), {
      done: () => {
        this._confirming = false;
      },
    });
  }

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      h2 {
        display: flex;
        flex-direction: column;
        gap: 2px;
      }
      h2 .label {
        font-size: 0.8rem;
        font-weight: 400;
        text-transform: uppercase;
        letter-spacing: 0.04em;
      }
      p {
        margin: 4px 0;
      }
      .night {
        font-weight: 500;
      }
      .progress {
        height: 10px;
        border-radius: 5px;
        background: color-mix(in srgb, var(--stc-divider) 60%, transparent);
        overflow: hidden;
        margin: 6px 0 8px;
      }
      .progress-fill {
        height: 100%;
        background: var(--stc-primary);
      }
      .verdict {
        font-size: 1.1rem;
        font-weight: 500;
      }
      .stop {
        margin-top: 8px;
      }
      .confirm {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
        align-items: center;
        margin-top: 8px;
      }
      .confirm p {
        flex-basis: 100%;
      }
      :host([compact]) .card {
        padding: 12px 16px;
      }
      :host([compact]) .verdict {
        font-size: 1rem;
      }
      stc-comparison-bars {
        margin-top: 8px;
      }
    `,
  ];
}

define("stc-experiment-card", StcExperimentCard);

declare global {
  interface HTMLElementTagNameMap {
    "stc-experiment-card": StcExperimentCard;
  }
}
