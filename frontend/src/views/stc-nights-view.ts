/** Nights: the 26-week heat map and the row of the night shown. */
import { LitElement, css, html, nothing } from "lit";
import { property, state } from "lit/decorators.js";
import { errorMessage, fetchNights } from "../api";
import { type CalendarLayout, HEATMAP_WEEKS, calendarLayout } from "../calendar";
import "../components/stc-heatmap";
import "../components/stc-night-details";
import { define } from "../define";
import type { Texts } from "../format";
import { nightRows, rowsByNight } from "../rows";
import { sharedStyles } from "../styles";
import type { CoachEvent, HomeAssistant, NightRow } from "../types";

export class StcNightsView extends LitElement {
  @property({ attribute: false }) public hass!: HomeAssistant;

  @property({ attribute: false }) public entryId!: string;

  @property({ attribute: false }) public event!: CoachEvent;

  @property({ attribute: false }) public texts!: Texts;

  @state() private _rows?: Map<string, NightRow>;

  @state() private _unit = "";

  @state() private _shown = "";

  @state() private _error = "";

  private _layout?: CalendarLayout;

  /** What the rows on screen were fetched for; a change fetches them again. */
  private _fetchedFor = "";

  protected willUpdate(): void {
    const { tonight, revision } = this.event;
    if (this._layout?.lastNight !== tonight) {
      this._layout = calendarLayout(tonight, HEATMAP_WEEKS);
      if (!this._shown || !this._layout.cells.some((cell) => cell.night === this._shown)) this._shown = tonight;
    }
    const key = `${this.entryId}|${tonight}|${revision}`;
    if (key !== this._fetchedFor) {
      this._fetchedFor = key;
      this._fetch(key, this._layout);
    }
  }

  private async _fetch(key: string, layout: CalendarLayout): Promise<void> {
    try {
      const response = await fetchNights(this.hass, this.entryId, layout.firstNight, layout.lastNight);
      if (key !== this._fetchedFor) return;
      this._rows = rowsByNight(nightRows(response));
      this._unit = response.temperature_unit;
      this._error = "";
    } catch (error) {
      if (key === this._fetchedFor) this._error = errorMessage(error, this.texts.t("panel.error"));
    }
  }

  protected render() {
    const { t } = this.texts;
    const layout = this._layout;
    if (!layout) return nothing;
    return html`<section class="card">
      <h2>${t("nights.heading", { weeks: HEATMAP_WEEKS })}</h2>
      ${this._error ? html`<p class="error" role="alert">${this._error}</p>` : nothing}
      ${this._rows
        ? html`<stc-heatmap
              .layout=${layout}
              .rows=${this._rows}
              .shown=${this._shown}
              .texts=${this.texts}
              @night-shown=${(event: CustomEvent<{ night: string }>) => (this._shown = event.detail.night)}
            ></stc-heatmap>
            <stc-night-details
              id="night-details"
              class="night-details"
              .night=${this._shown}
              .row=${this._rows.get(this._shown)}
              .unit=${this._unit}
              .texts=${this.texts}
            ></stc-night-details>`
        : this._error
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
