/**
 * Tonight's factors as chips: a tap logs one; a factor with an amount asks how much first (a few
 * amounts as buttons, any other typed in). A chip shows what was logged tonight. Beside them,
 * "Calm night": a night nobody logs anything for is not recorded, so not counted as calm.
 */
import { LitElement, css, html, nothing } from "lit";
import { property, state } from "lit/decorators.js";
import { ActionState } from "../action-state";
import { type LogAction, logEvent, removeEntry } from "../api";
import { define } from "../define";
import { amountChoices, chipOf, formatAmount, needsInput, parseAmount } from "../factors";
import { type Texts, formatNumber } from "../format";
import { sharedStyles } from "../styles";
import type { AmountSpec, HomeAssistant, LoggableFactor } from "../types";
import { UndoOffer } from "../undo-offer";
import { statusLine, statusLineStyles } from "./status-line";

type WithAmount = LoggableFactor & { amount: AmountSpec };

export class StcFactorChips extends LitElement {
  @property({ attribute: false }) public hass!: HomeAssistant;

  @property({ attribute: false }) public entryId!: string;

  @property({ attribute: false }) public factors: LoggableFactor[] = [];

  /** A calm night is recorded for tonight. */
  @property({ attribute: false }) public calmNight = false;

  /** Tonight has twitches: it is a twitch night, so there is no calm night to record. */
  @property({ attribute: false }) public twitched = false;

  @property({ attribute: false }) public readOnly = false;

  @property({ attribute: false }) public texts!: Texts;

  /** The factor whose amount is being chosen. */
  @state() private _open?: string;

  @state() private _typed = "";

  private _action = new ActionState(this, () => this.texts.t("panel.error"));

  private _undo = new UndoOffer(this, this._action);

  protected render() {
    const { t } = this.texts;
    const open = this.factors.find((factor) => factor.factor === this._open);
    return html`<h2>${t("tonight.factors")}</h2>
      ${this.readOnly ? nothing : html`<p class="secondary hint">${t("tonight.factors_hint")}</p>`}
      <div class="chips">
        ${this.factors.map((factor) => this._renderChip(factor))}
      </div>
      ${open?.amount ? this._renderAmount({ ...open, amount: open.amount }) : nothing}
      ${this.twitched && !this.calmNight ? nothing : html`<div class="calm">
        <button
          id="log-calm-night"
          class="button calm-button"
          aria-pressed=${this.calmNight ? "true" : "false"}
          ?disabled=${this._action.busy || this.readOnly}
          @click=${() => this._log({ kind: "calm_night" }, t("tonight.calm_night"))}
        >
          ${this.calmNight ? `✓ ${t("tonight.calm_night_recorded")}` : t("tonight.calm_night")}
        </button>
        ${this.calmNight || this.readOnly ? nothing : html`<p class="secondary hint">${t("tonight.calm_night_hint")}</p>`}
      </div>`}
      ${statusLine(this._action, this._undo, this.texts, this._undoLast)}`;
  }

  private _renderChip(factor: LoggableFactor) {
    const { t } = this.texts;
    const chip = chipOf(factor, this.texts);
    const expanded = factor.amount ? (this._open === factor.factor ? "true" : "false") : nothing;
    return html`<button
      class="chip ${chip.logged ? "logged" : ""}"
      data-factor=${chip.factor}
      aria-pressed=${chip.logged ? "true" : "false"}
      aria-expanded=${expanded}
      aria-label=${chip.logged ? t("tonight.factor_logged", { factor: [chip.label, chip.amount].filter(Boolean).join(" · ") }) : chip.label}
      ?disabled=${this._action.busy || this.readOnly}
      @click=${() => this._tap(factor, chip.label)}
    >
      ${chip.logged ? html`<span class="check" aria-hidden="true">✓</span>` : nothing}
      <span>${chip.label}</span>
      ${chip.amount ? html`<span class="amount">${chip.amount}</span>` : nothing}
    </button>`;
  }

  private _renderAmount(factor: WithAmount) {
    const { t } = this.texts;
    const spec = factor.amount;
    const label = chipOf(factor, this.texts).label;
    const typed = parseAmount(this._typed, spec);
    return html`<div class="amounts" role="group" aria-labelledby="amount-question" data-factor=${factor.factor}>
      <p id="amount-question">${t("tonight.amount_question", { factor: label })}</p>
      <div class="choices">
        ${amountChoices(spec).map(
          (value) => html`<button
            class="button choice"
            data-amount=${value}
            ?disabled=${this._action.busy}
            @click=${() => this._logAmount(factor, label, value)}
          >
            ${formatAmount(value, spec.unit, this.texts)}
          </button>`,
        )}
      </div>
      ${needsInput(spec)
        ? html`<form class="other" @submit=${(event: Event) => this._submit(event, factor, label)}>
            <label>
              <span class="secondary">${t("tonight.amount_other")}</span>
              <input
                id="amount-input"
                type="number"
                inputmode="decimal"
                min=${spec.min}
                max=${spec.max}
                step=${spec.step}
                .value=${this._typed}
                @input=${(event: Event) => (this._typed = (event.target as HTMLInputElement).value)}
              />
              <span class="unit">${t(`unit.${spec.unit}`)}</span>
            </label>
            <button class="button filled" type="submit" ?disabled=${this._action.busy || typed === null}>${t("tonight.amount_log")}</button>
            ${this._typed && typed === null
              ? html`<p class="error" id="amount-invalid">
                  ${t("tonight.amount_invalid", {
                    min: formatNumber(spec.min, this.texts, 2),
                    max: formatNumber(spec.max, this.texts, 2),
                  })}
                </p>`
              : nothing}
          </form>`
        : nothing}
      <button class="button cancel" @click=${this._close}>${t("tonight.cancel")}</button>
    </div>`;
  }

  private _tap(factor: LoggableFactor, label: string): void {
    if (!factor.amount) {
      this._close();
      this._log({ kind: "factor", factor: factor.factor }, label);
      return;
    }
    if (this._open === factor.factor) this._close();
    else {
      this._open = factor.factor;
      this._typed = "";
    }
  }

  private _close(): void {
    this._open = undefined;
    this._typed = "";
  }

  private _submit(event: Event, factor: WithAmount, label: string): void {
    event.preventDefault();
    const amount = parseAmount(this._typed, factor.amount);
    if (amount !== null) this._logAmount(factor, label, amount);
  }

  private _logAmount(factor: WithAmount, label: string, amount: number): void {
    this._log({ kind: "factor", factor: factor.factor, amount }, `${label} (${formatAmount(amount, factor.amount.unit, this.texts)})`);
  }

  private _log(action: LogAction, label: string): Promise<void> {
    return this._undo.log(
      () => logEvent(this.hass, this.entryId, action),
      label,
      () => {
        this._close();
        return this.texts.t("tonight.logged", { what: label });
      },
    );
  }

  private _undoLast = (): Promise<void> =>
    this._undo.undo(
      (entry) => removeEntry(this.hass, this.entryId, entry, this.texts.t("entries.gone")),
      (label) => this.texts.t("undo.removed", { what: label }),
    );

  static styles = [
    sharedStyles,
    statusLineStyles,
    css`
      :host {
        display: block;
      }
      p {
        margin: 4px 0;
      }
      .hint {
        font-size: 0.9rem;
      }
      .chips {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
        margin: 8px 0 4px;
      }
      .chip {
        display: inline-flex;
        align-items: center;
        gap: 6px;
        min-height: 40px;
        padding: 6px 14px;
        border-radius: 20px;
        border: 1px solid var(--stc-divider);
        background: var(--stc-card-background);
        font-size: 0.95rem;
        max-width: 100%;
        text-align: start;
      }
      .chip.logged {
        border-color: var(--stc-primary);
        background: color-mix(in srgb, var(--stc-primary) 16%, transparent);
      }
      .chip[aria-expanded="true"] {
        outline: 2px solid var(--stc-primary);
      }
      .check {
        color: var(--stc-primary);
        font-weight: 700;
      }
      .amount {
        font-weight: 500;
        color: var(--stc-primary);
      }
      .amounts {
        margin: 8px 0;
        padding: 12px;
        border: 1px solid var(--stc-divider);
        border-radius: 8px;
        display: flex;
        flex-direction: column;
        gap: 8px;
      }
      .choices,
      .other {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
        align-items: center;
      }
      .other label {
        display: inline-flex;
        align-items: center;
        gap: 6px;
        flex-wrap: wrap;
      }
      .other .error {
        flex-basis: 100%;
        margin: 0;
      }
      input {
        font: inherit;
        width: 6em;
        min-height: 40px;
        padding: 0 8px;
        color: var(--stc-text);
        background: var(--stc-card-background);
        border: 1px solid var(--stc-divider);
        border-radius: 6px;
        box-sizing: border-box;
      }
      .cancel {
        align-self: flex-start;
      }
      .calm {
        margin-top: 12px;
        padding-top: 12px;
        border-top: 1px solid var(--stc-divider);
      }
      .calm-button {
        min-height: 52px;
        min-width: min(220px, 100%);
      }
      .status {
        min-height: 1.4em;
        margin: 8px 0 0;
        color: var(--success-color, #43a047);
      }
    `,
  ];
}

define("stc-factor-chips", StcFactorChips);

declare global {
  interface HTMLElementTagNameMap {
    "stc-factor-chips": StcFactorChips;
  }
}
