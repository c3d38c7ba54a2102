/**
 * One factor of What helps: its name, the verdict in words, the paired bars with the interval of
 * the difference (or "not enough nights yet" with the counts), and the experiment it suggests.
 */
import { LitElement, css, html, nothing } from "lit";
import { property, state } from "lit/decorators.js";
import { ActionState } from "../action-state";
import { startExperiment } from "../api";
import { factorComparison } from "../comparison-bars";
import { define } from "../define";
import { EXPERIMENT_NIGHTS, capitalize, changeText } from "../experiment";
import { type Offer, experimentOffers, factorName } from "../factors";
import type { Texts } from "../format";
import { sharedStyles } from "../styles";
import type { FactorComparison, HomeAssistant, Keep } from "../types";
import "./stc-comparison-bars";

export class StcFactorRow extends LitElement {
  @property({ attribute: false }) public hass!: HomeAssistant;

  @property({ attribute: false }) public entryId!: string;

  @property({ attribute: false }) public factor!: FactorComparison;

  @property({ attribute: false }) public texts!: Texts;

  /** Whether an experiment may be started from here (the user may change the journal, none runs). */
  @property({ attribute: false }) public mayStart = false;

  @state() private _choosing = false;

  private _action = new ActionState(this, () => this.texts.t("panel.error"));

  protected render() {
    const { t } = this.texts;
    const { factor } = this;
    const comparison = factorComparison(factor);
    const enough = factor.verdict !== "not_enough_nights" && comparison.drawable;
    return html`<h3>${factorName(this.texts, factor.factor, factor.name)}</h3>
      <p class="verdict verdict-${factor.verdict}">${capitalize(t(`verdict.${factor.verdict}`), t.language)}</p>
      ${enough
        ? html`<stc-comparison-bars .comparison=${comparison} .texts=${this.texts}></stc-comparison-bars>`
        : html`<p class="secondary not-enough">
            ${t("what_helps.not_enough_detail", { with: factor.nights_with, without: factor.nights_without })}
          </p>`}
      ${this.mayStart ? this._renderOffers(experimentOffers(factor)) : nothing}
      <p class="status" role="status">${this._action.status}</p>
      ${this._action.error ? html`<p class="error" role="alert">${this._action.error}</p>` : nothing}`;
  }

  private _renderOffers(offers: Offer[]) {
    const { t } = this.texts;
    const [first] = offers;
    if (first === undefined) return nothing;
    if (offers.length === 1 && first.suggested) {
      const label = t(first.keep === "avoid" ? "what_helps.try_avoid" : "what_helps.try_do", { count: EXPERIMENT_NIGHTS });
      return html`<button class="button filled try" data-keep=${first.keep} ?disabled=${this._action.busy} @click=${() => this._start(first.keep)}>
        ${label}
      </button>`;
    }
    return html`<div class="change">
      <button
        class="button small try-change"
        aria-expanded=${this._choosing ? "true" : "false"}
        ?disabled=${this._action.busy}
        @click=${() => (this._choosing = !this._choosing)}
      >
        ${t("what_helps.try_change")}
      </button>
      ${this._choosing
        ? offers.map(
            (offer) => html`<button
              class="button small try"
              data-keep=${offer.keep}
              ?disabled=${this._action.busy}
              @click=${() => this._start(offer.keep)}
            >
              ${t(offer.keep === "avoid" ? "what_helps.try_avoid_short" : "what_helps.try_do_short", {
                count: EXPERIMENT_NIGHTS,
              })}
            </button>`,
          )
        : nothing}
    </div>`;
  }

  private _start(keep: Keep): Promise<void> {
    const { factor } = this;
    return this._action.run(() => startExperiment(this.hass, this.entryId, factor.factor, keep, EXPERIMENT_NIGHTS), {
      done: () => {
        this._choosing = false;
        return this.texts.t("what_helps.started", {
          change: changeText({ change: factor.factor, name: factor.name, keep }, this.texts),
        });
      },
    });
  }

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      p {
        margin: 4px 0;
      }
      .verdict {
        font-weight: 500;
      }
      .verdict-linked {
        color: var(--stc-warning-text);
      }
      .verdict-seems_to_help {
        color: var(--success-color, #43a047);
      }
      .try {
        margin-top: 8px;
      }
      .change {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
        margin-top: 8px;
      }
      .button.small {
        min-height: 36px;
        padding: 4px 12px;
        font-size: 0.9rem;
      }
      .change .try {
        margin-top: 0;
      }
      .status {
        margin: 4px 0 0;
        color: var(--success-color, #43a047);
      }
      .status:empty {
        margin: 0;
      }
    `,
  ];
}

define("stc-factor-row", StcFactorRow);

declare global {
  interface HTMLElementTagNameMap {
    "stc-factor-row": StcFactorRow;
  }
}
