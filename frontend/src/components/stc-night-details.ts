/**
 * One night of the journal in words: the row the heat map shows for a hovered or chosen cell,
 * and the entries logged in it (to remove a mistaken one).
 */
import { LitElement, css, html, nothing } from "lit";
import { property } from "lit/decorators.js";
import { define } from "../define";
import { KeptAnswers } from "../fetched";
import {
  type Texts,
  DASH,
  formatNumber,
  formatTemperature,
  listOrNone,
  longNight,
  twitchesWithTimes,
} from "../format";
import { rowFactorNames } from "../factors";
import { measuredFacts } from "../measured";
import { isMeasured } from "../rows";
import { sharedStyles } from "../styles";
import type { HomeAssistant, LoggableFactor, NightRow } from "../types";
import "./stc-night-entries";

export class StcNightDetails extends LitElement {
  @property({ reflect: true, attribute: "data-night" }) public night = "";

  /** The night's row; none for a night not recorded. */
  @property({ attribute: false }) public row?: NightRow;

  /** The names of custom factors, by key (rows carry keys only). */
  @property({ attribute: false }) public customNames: ReadonlyMap<string, string> = new Map();

  @property({ attribute: false }) public unit = "";

  @property({ attribute: false }) public texts!: Texts;

  /** With these, the night's entries are listed below its row. */
  @property({ attribute: false }) public hass?: HomeAssistant;

  @property({ attribute: false }) public entryId?: string;

  /** The live figures' revision: the entries are fetched again when it changes. */
  @property({ attribute: false }) public revision = 0;

  @property({ attribute: false }) public factors: LoggableFactor[] = [];

  /** The panel's answers kept while it is open (for the entries list). */
  @property({ attribute: false }) public kept = new KeptAnswers();

  protected render() {
    const { t } = this.texts;
    const row = this.row;
    return html`<section class="details" aria-live="polite">
      <h3>${this.night ? longNight(this.night, this.texts) : DASH}</h3>
      ${row ? this._renderRow(row) : html`<p class="secondary" data-field="no_data">${t("details.no_data")}</p>`}
      ${row && this.hass && this.entryId
        ? html`<stc-night-entries
            .hass=${this.hass}
            .entryId=${this.entryId}
            .night=${this.night}
            .revision=${this.revision}
            .factors=${this.factors}
            .texts=${this.texts}
            .kept=${this.kept}
          ></stc-night-entries>`
        : nothing}
    </section>`;
  }

  private _renderRow(row: NightRow) {
    const { t, names } = this.texts;
    const none = t("details.none");
    return html`<dl class="facts">
      <dt>${t("details.twitches")}</dt>
      <dd data-field="twitches">${twitchesWithTimes(row, this.texts)}</dd>
      <dt>${t("details.woke")}</dt>
      <dd data-field="woke_up_twitches">${formatNumber(row.woke_up_twitches, this.texts, 0)}</dd>
      <dt>${t("details.body_parts")}</dt>
      <dd>${listOrNone(row.body_parts.map((part) => names("body_part", part)), none)}</dd>
      <dt>${t("details.factors")}</dt>
      <dd data-field="factors">${listOrNone(rowFactorNames(row.factors, this.texts, this.customNames), none)}</dd>
      <dt>${t("details.bedroom")}</dt>
      <dd>
        ${row.bedroom_temperature_at_bedtime === null
          ? t("details.not_recorded")
          : formatTemperature(row.bedroom_temperature_at_bedtime, this.unit, this.texts)}
      </dd>
      <dt>${t("details.symptoms")}</dt>
      <dd>${listOrNone(row.symptoms.map((symptom) => names("symptom", symptom)), none)}</dd>
      ${row.notes.length
        ? html`<dt>${t("details.notes")}</dt>
            <dd class="notes">${row.notes.map((note) => html`<p>${note}</p>`)}</dd>`
        : nothing}
      ${isMeasured(row)
        ? measuredFacts(row, this.texts).map((fact) => html`<dt>${fact.label}</dt><dd data-field=${fact.key}>${fact.value}</dd>`)
        : nothing}
    </dl>`;
  }

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      stc-night-entries {
        margin-top: 16px;
      }
      .notes p {
        margin: 0 0 4px;
        white-space: pre-wrap;
      }
    `,
  ];
}

define("stc-night-details", StcNightDetails);

declare global {
  interface HTMLElementTagNameMap {
    "stc-night-details": StcNightDetails;
  }
}
