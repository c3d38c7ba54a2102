/** Tonight's wind-down steps as checkboxes, ticked through the to-do list entity. */
import { LitElement, css, html, nothing } from "lit";
import { property, state } from "lit/decorators.js";
import { live } from "lit/directives/live.js";
import { errorMessage, setStepDone } from "../api";
import { define } from "../define";
import { type Texts, stepName } from "../format";
import { sharedStyles } from "../styles";
import type { CoachEvent, HomeAssistant, WindDownStep } from "../types";

export class StcWindDown extends LitElement {
  @property({ attribute: false }) public hass!: HomeAssistant;

  @property({ attribute: false }) public windDown!: CoachEvent["wind_down"];

  @property({ attribute: false }) public texts!: Texts;

  /** Ticks are off for a user who may only read. */
  @property({ attribute: false }) public readOnly = false;

  /** Steps whose change is on its way to Home Assistant. */
  @state() private _pending = new Set<string>();

  @state() private _error = "";

  protected render() {
    const { t } = this.texts;
    const { steps, entity_id: entityId } = this.windDown;
    const done = steps.filter((step) => step.done).length;
    return html`<h2>${t("tonight.wind_down")}</h2>
      ${steps.length
        ? html`<p class="secondary">${t("tonight.wind_down_done", { done, total: steps.length })}</p>
            <ul class="steps">
              ${steps.map((step) => this._renderStep(step, entityId))}
            </ul>`
        : html`<p class="secondary">${t("tonight.wind_down_empty")}</p>`}
      ${this._error ? html`<p class="error" role="alert">${this._error}</p>` : nothing}`;
  }

  private _renderStep(step: WindDownStep, entityId: string | null) {
    return html`<li>
      <label class=${step.done ? "done" : ""}>
        <input
          type="checkbox"
          data-uid=${step.uid}
          .checked=${live(step.done)}
          ?disabled=${this.readOnly || !entityId || this._pending.has(step.uid)}
          @change=${(event: Event) => this._toggle(step, (event.target as HTMLInputElement).checked)}
        />
        <span>${stepName(step, this.texts)}</span>
      </label>
    </li>`;
  }

  private async _toggle(step: WindDownStep, done: boolean): Promise<void> {
    const entityId = this.windDown.entity_id;
    if (!entityId) return;
    this._error = "";
    this._pending = new Set(this._pending).add(step.uid);
    try {
      await setStepDone(this.hass, entityId, step.uid, done);
    } catch (error) {
      this._error = errorMessage(error, this.texts.t("panel.error"));
    } finally {
      const pending = new Set(this._pending);
      pending.delete(step.uid);
      this._pending = pending;
      // Show the step as the coach has it (the subscription brings any change).
      this.requestUpdate();
    }
  }

  static styles = [
    sharedStyles,
    css`
      .steps {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      label {
        display: flex;
        align-items: center;
        gap: 12px;
        min-height: 44px;
        cursor: pointer;
      }
      input {
        width: 22px;
        height: 22px;
        margin: 0;
        accent-color: var(--stc-primary);
        flex: none;
      }
      .done span {
        color: var(--stc-secondary-text);
        text-decoration: line-through;
      }
    `,
  ];
}

define("stc-wind-down", StcWindDown);

declare global {
  interface HTMLElementTagNameMap {
    "stc-wind-down": StcWindDown;
  }
}
