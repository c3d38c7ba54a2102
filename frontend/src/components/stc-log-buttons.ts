/** The large log buttons: twitch, twitch that woke me, caffeine, exercise, symptom. */
import { LitElement, css, html, nothing } from "lit";
import { property, state } from "lit/decorators.js";
import { ActionState } from "../action-state";
import { type LogAction, chooseIntensity, logEvent, removeEntry, selectedIntensity } from "../api";
import { define } from "../define";
import type { Texts } from "../format";
import { sharedStyles } from "../styles";
import { type HomeAssistant, type Intensity, INTENSITIES, SYMPTOMS } from "../types";
import { UndoOffer } from "../undo-offer";
import { statusLine, statusLineStyles } from "./status-line";

export class StcLogButtons extends LitElement {
  @property({ attribute: false }) public hass!: HomeAssistant;

  @property({ attribute: false }) public entryId!: string;

  @property({ attribute: false }) public texts!: Texts;

  /** The sleeper's Exercise intensity select: the dashboard's exercise button logs it too. */
  @property({ attribute: false }) public intensityEntity: string | null = null;

  @state() private _choosing = false;

  /** An intensity chosen here that Home Assistant's state does not show yet. */
  @state() private _chosen?: Intensity;

  private get _intensity(): Intensity {
    return this._chosen ?? selectedIntensity(this.hass, this.intensityEntity);
  }

  protected willUpdate(): void {
    if (this._chosen === selectedIntensity(this.hass, this.intensityEntity)) this._chosen = undefined;
  }

  private _action = new ActionState(this, () => this.texts.t("panel.error"));

  private _undo = new UndoOffer(this, this._action);

  protected render() {
    const { t, names } = this.texts;
    return html`<div class="buttons">
        ${this._button("log-twitch", t("tonight.log_twitch"), { kind: "twitch", wokeUp: false }, true)}
        ${this._button("log-twitch-woke", t("tonight.log_twitch_woke"), { kind: "twitch", wokeUp: true }, true)}
        ${this._button("log-caffeine", t("tonight.log_caffeine"), { kind: "caffeine" })}
        <div class="exercise">
          ${this._button("log-exercise", `${t("tonight.log_exercise")} (${names("intensity", this._intensity)})`, {
            kind: "exercise",
            intensity: this._intensity,
          })}
          <label class="secondary">
            ${t("tonight.intensity")}
            <select id="exercise-intensity" .value=${this._intensity} @change=${this._intensityChanged}>
              ${INTENSITIES.map(
                (intensity) =>
                  html`<option value=${intensity} ?selected=${intensity === this._intensity}>
                    ${names("intensity", intensity)}
                  </option>`,
              )}
            </select>
          </label>
        </div>
        <button
          id="log-symptom"
          class="button log"
          aria-expanded=${this._choosing ? "true" : "false"}
          aria-controls="symptom-chooser"
          ?disabled=${this._action.busy}
          @click=${() => (this._choosing = !this._choosing)}
        >
          ${t("tonight.log_symptom")}
        </button>
      </div>
      ${this._choosing ? this._renderChooser() : nothing}
      ${statusLine(this._action, this._undo, this.texts, this._undoLast)}`;
  }

  private _renderChooser() {
    const { t, names } = this.texts;
    return html`<div id="symptom-chooser" class="chooser" role="group" aria-label=${t("tonight.choose_symptom")}>
      <p class="secondary">${t("tonight.choose_symptom")}</p>
      ${SYMPTOMS.map((symptom) =>
        this._button(`log-symptom-${symptom}`, names("symptom", symptom), { kind: "symptom", symptom }),
      )}
      <button class="button cancel" @click=${() => (this._choosing = false)}>${t("tonight.cancel")}</button>
    </div>`;
  }

  private _button(id: string, label: string, action: LogAction, filled = false) {
    return html`<button
      id=${id}
      class="button log ${filled ? "filled" : ""}"
      ?disabled=${this._action.busy}
      @click=${() => this._log(action, label)}
    >
      ${label}
    </button>`;
  }

  private _intensityChanged(event: Event): void {
    const intensity = (event.target as HTMLSelectElement).value as Intensity;
    this._chosen = intensity;
    // The select entity keeps the choice, for the dashboard and the next visit.
    if (this.intensityEntity) {
      chooseIntensity(this.hass, this.intensityEntity, intensity).catch(() => (this._chosen = undefined));
    }
  }

  private _log(action: LogAction, label: string): Promise<void> {
    return this._undo.log(
      () => logEvent(this.hass, this.entryId, action),
      label,
      () => {
        if (action.kind === "symptom") this._choosing = false;
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
      .buttons,
      .chooser {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(150px, 100%), 1fr));
        gap: 12px;
      }
      .log {
        min-height: 64px;
        font-size: 1.05rem;
        width: 100%;
      }
      .filled.log {
        min-height: 80px;
        font-size: 1.2rem;
      }
      .exercise {
        display: flex;
        flex-direction: column;
        gap: 4px;
      }
      .exercise label {
        display: flex;
        gap: 8px;
        align-items: center;
        font-size: 0.9rem;
      }
      select {
        font: inherit;
        min-height: 32px;
        color: var(--stc-text);
        background: var(--stc-card-background);
        border: 1px solid var(--stc-divider);
        border-radius: 6px;
      }
      .chooser {
        margin-top: 12px;
        padding-top: 12px;
        border-top: 1px solid var(--stc-divider);
      }
      .chooser p {
        grid-column: 1 / -1;
        margin: 0;
      }
      .status {
        min-height: 1.4em;
        margin: 8px 0 0;
        color: var(--success-color, #43a047);
      }
    `,
  ];
}

define("stc-log-buttons", StcLogButtons);

declare global {
  interface HTMLElementTagNameMap {
    "stc-log-buttons": StcLogButtons;
  }
}
