/** Nights: the 26-week heat map and the row of the night shown. */
import { LitElement, css, html, nothing } from "lit";
import { property, state } from "lit/decorators.js";
import { fetchNights } from "../api";
import { type CalendarLayout, HEATMAP_WEEKS, calendarLayout, firstWeekdayOf } from "../calendar";
import "../components/stc-heatmap";
import "../components/stc-night-details";
import { define } from "../define";
import { Fetched, KeptAnswers } from "../fetched";
import { customNames } from "../factors";
import type { Texts } from "../format";
import { nightRows, rowsByNight } from "../rows";
import { sharedStyles } from "../styles";
import type { CoachEvent, HomeAssistant, NightRow } from "../types";

/** The nights of the map (each row says whether the night is recorded). */
interface ShownNights {
  rows: Map<string, NightRow>;
  unit: string;
}

export class StcNightsView extends LitElement {
  @property({ attribute: false }) public hass!: HomeAssistant;

  @property({ attribute: false }) public entryId!: string;

  @property({ attribute: false }) public event!: CoachEvent;

  @property({ attribute: false }) public texts!: Texts;

  /** The panel's answers kept while it is open. */
  @property({ attribute: false }) public kept = new KeptAnswers();

  @state() private _shown = "";

  private _layout?: CalendarLayout;

  private _nights = new Fetched<ShownNights>(this, () => this.texts.t("panel.error"));

  protected willUpdate(): void {
    const { tonight, revision } = this.event;
    const firstWeekday = firstWeekdayOf(this.hass.locale);
    if (this._layout?.lastNight !== tonight || this._layout.weekdays[0] !== firstWeekday) {
      this._layout = calendarLayout(tonight, firstWeekday, HEATMAP_WEEKS);
      if (!this._shown || !this._layout.cells.some((cell) => cell.night === this._shown)) this._shown = tonight;
    }
    const { entryId, hass, _layout: layout } = this;
    this._nights.need(
      `${entryId}|${layout.firstNight}|${tonight}|${revision}`,
      async () => {
        const response = await fetchNights(hass, entryId, layout.firstNight, layout.lastNight);
        return {
          rows: rowsByNight(nightRows(response)),
          unit: response.temperature_unit,
        };
      },
      { answers: this.kept, slot: `nights|${entryId}` },
    );
  }

  private _recordedRow(rows: Map<string, NightRow>): NightRow | undefined {
    const row = rows.get(this._shown);
    return row?.recorded ? row : undefined;
  }

  protected render() {
    const { t } = this.texts;
    const layout = this._layout;
    if (!layout) return nothing;
    const { value: nights, error } = this._nights;
    return html`<section class="card">
      <h2>${t("nights.heading", { weeks: HEATMAP_WEEKS })}</h2>
      ${error ? html`<p class="error" role="alert">${error}</p>` : nothing}
      ${nights
        ? html`<stc-heatmap
              .layout=${layout}
              .rows=${nights.rows}
              .shown=${this._shown}
              .texts=${this.texts}
              @night-shown=${(event: CustomEvent<{ night: string }>) => (this._shown = event.detail.night)}
            ></stc-heatmap>
            <stc-night-details
              id="night-details"
              class="night-details"
              .night=${this._shown}
              .row=${this._recordedRow(nights.rows)}
              .customNames=${customNames(this.event.factors)}
              .hass=${this.hass}
              .entryId=${this.entryId}
              .revision=${this.event.revision}
              .factors=${this.event.factors}
              .unit=${nights.unit}
              .texts=${this.texts}
              .kept=${this.kept}
            ></stc-night-details>`
        : error
          ? nothing
          : html`<p class="secondary">${t("panel.loading")}</p>`}
    </section>`;
  }

  static styles = [
    sharedStyles,
    css`
      stc-night-details {
        margin-top: 16px;
        padding-top: 12px;
        border-top: 1px solid var(--stc-divider);
      }
    `,
  ];
}

define("stc-nights-view", StcNightsView);

declare global {
  interface HTMLElementTagNameMap {
    "stc-nights-view": StcNightsView;
  }
}
