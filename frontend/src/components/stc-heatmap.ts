/**
 * The calendar heat map: one cell per night, coloured by its twitches (a calm colour for a
 * recorded night without any), a dot when one woke the sleeper; nights not recorded are hatched,
 * with no count.
 */
import { LitElement, css, html, nothing } from "lit";
import { property } from "lit/decorators.js";
import type { CalendarLayout } from "../calendar";
import { formatNight } from "../dates";
import { define } from "../define";
import type { Texts } from "../format";
import { cellClasses, cellLabel, heatCell } from "../heat-cells";
import { LEVELS, levelColor, levelLabel } from "../heat-scale";
import { moveCell } from "../keyboard";
import { sharedStyles } from "../styles";
import type { NightRow } from "../types";

export const HEATMAP_PAINTED = "sleep-twitch-coach:heatmap-painted";
/** The performance mark is set once per page load, for the first map painted with data. */
let painted = false;

export class StcHeatmap extends LitElement {
  @property({ attribute: false }) public layout!: CalendarLayout;

  @property({ attribute: false }) public rows!: Map<string, NightRow>;

  /** The night whose row is shown; its cell is the one reached with Tab. */
  @property({ attribute: false }) public shown = "";

  @property({ attribute: false }) public texts!: Texts;

  protected render() {
    const { t } = this.texts;
    const { layout } = this;
    const weekdayFormat = new Intl.DateTimeFormat(t.language, { weekday: "short" });
    // Any date of the right weekday will do for its name: 2023-01-01 was a Sunday.
    const weekdayName = (day: number): string => weekdayFormat.format(new Date(2023, 0, 1 + day, 12));
    const focusIndex = Math.max(
      layout.cells.findIndex((cell) => cell.night === this.shown),
      0,
    );
    return html`<div
        id="heatmap"
        class="heatmap"
        role="grid"
        aria-readonly="true"
        aria-label=${t("nights.heading", { weeks: layout.columns })}
        style="--columns: ${layout.columns}"
        @keydown=${this._keydown}
        @focusin=${this._pick}
        @click=${this._pick}
        @mouseover=${this._pick}
      >
        <div class="line months" aria-hidden="true">
          ${layout.monthLabels.map(
            (label) =>
              html`<span style="grid-column: ${label.column + 2}">
                ${formatNight(label.night, t.language, { month: "short" })}
              </span>`,
          )}
        </div>
        ${layout.rowWeekdays.map(
          (day, row) => html`<div class="line" role="row">
            <span class="weekday" role="rowheader">${weekdayName(day)}</span>
            ${layout.cells
              .filter((cell) => cell.row === row)
              .map((cell) => {
                const index = cell.column * 7 + cell.row;
                const shown = heatCell(cell.night, this.rows.get(cell.night));
                const label = cellLabel(shown, this.texts);
                const classes = cellClasses(shown);
                return html`<div
                  role="gridcell"
                  class=${classes}
                  data-night=${cell.night}
                  data-recorded=${shown.recorded ? "true" : "false"}
                  data-count=${shown.recorded ? shown.count : nothing}
                  data-index=${index}
                  tabindex=${index === focusIndex ? 0 : -1}
                  aria-selected=${cell.night === this.shown ? "true" : "false"}
                  aria-label=${label}
                  title=${label}
                  style=${shown.recorded ? `background-color: ${levelColor(shown.level)}` : nothing}
                ></div>`;
              })}
          </div>`,
        )}
      </div>
      <div class="legend" aria-hidden="true">
        <span class="key"><span class="cell not-recorded"></span>${t("nights.legend_not_recorded")}</span>
        <span class="key"><span class="cell level-0 calm" style="background-color: ${levelColor(0)}"></span>${t(
          "nights.legend_calm",
        )}</span>
        <span>${t("nights.legend")}</span>
        ${LEVELS.filter((level) => level.level > 0).map(
          (level) => html`<span class="key">
            <span class="cell level-${level.level}" style="background-color: ${levelColor(level.level)}"></span>
            ${levelLabel(level)}
          </span>`,
        )}
        <span class="key"><span class="cell level-1 woke" style="background-color: ${levelColor(1)}"></span>${t("nights.legend_woke")}</span>
      </div>`;
  }

  protected firstUpdated(): void {
    const map = this.renderRoot.querySelector<HTMLElement>(".heatmap");
    if (map) map.scrollLeft = map.scrollWidth;
  }

  protected updated(): void {
    if (painted || !this.rows.size) return;
    painted = true;
    requestAnimationFrame(() => performance.mark(HEATMAP_PAINTED));
  }

  private _cellOf(event: Event): HTMLElement | null {
    return (event.target as HTMLElement | null)?.closest<HTMLElement>("[data-night]") ?? null;
  }

  private _pick(event: Event): void {
    const night = this._cellOf(event)?.dataset["night"];
    if (night && night !== this.shown) this._show(night);
  }

  private _keydown(event: KeyboardEvent): void {
    const cell = this._cellOf(event);
    if (!cell) return;
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      this._show(cell.dataset["night"] ?? this.shown);
      return;
    }
    const index = Number(cell.dataset["index"]);
    const next = moveCell(index, event.key, this.layout.cells.length);
    const target = this.layout.cells[next];
    if (next === index || !target) return;
    event.preventDefault();
    this._show(target.night);
    this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`[data-night="${target.night}"]`)?.focus(),
    );
  }

  private _show(night: string): void {
    this.dispatchEvent(new CustomEvent<{ night: string }>("night-shown", { detail: { night } }));
  }

  static styles = [
    sharedStyles,
    css`
      .heatmap {
        max-width: 760px;
        display: grid;
        gap: 3px;
        /* On a phone the cells keep a size a finger can tap, and the map scrolls sideways;
           it opens scrolled to tonight. */
        overflow-x: auto;
        padding: 3px;
      }
      .line {
        display: grid;
        grid-template-columns: 2.6em repeat(var(--columns), minmax(13px, 1fr));
        gap: 3px;
        align-items: center;
      }
      .months span {
        font-size: 0.75rem;
        color: var(--stc-secondary-text);
        white-space: nowrap;
      }
      .weekday {
        font-size: 0.7rem;
        color: var(--stc-secondary-text);
        overflow: hidden;
      }
      .cell {
        position: relative;
        aspect-ratio: 1;
        border-radius: 2px;
        box-sizing: border-box;
        cursor: pointer;
      }
      .cell.calm {
        border: 1px solid color-mix(in srgb, var(--success-color, #43a047) 45%, transparent);
      }
      /* Not a calm night: nothing is known of it, so it is hatched and outlined, never filled. */
      .cell.not-recorded {
        border: 1px dashed var(--stc-divider);
        background: repeating-linear-gradient(
          135deg,
          var(--stc-divider) 0 1px,
          transparent 1px 4px
        );
      }
      .cell.woke::after {
        content: "";
        position: absolute;
        inset: 28%;
        border-radius: 50%;
        background: var(--accent-color, #ff9800);
        box-shadow: 0 0 0 1px var(--stc-card-background);
      }
      .cell[aria-selected="true"] {
        outline: 2px solid var(--stc-text);
        outline-offset: 1px;
      }
      .cell:focus-visible {
        outline: 3px solid var(--accent-color, var(--stc-primary));
        outline-offset: 1px;
        z-index: 1;
      }
      .legend {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 6px 12px;
        margin-top: 12px;
        font-size: 0.8rem;
        color: var(--stc-secondary-text);
      }
      .key {
        display: inline-flex;
        align-items: center;
        gap: 4px;
      }
      .legend .cell {
        width: 14px;
        cursor: default;
      }
    `,
  ];
}

define("stc-heatmap", StcHeatmap);

declare global {
  interface HTMLElementTagNameMap {
    "stc-heatmap": StcHeatmap;
  }
}
