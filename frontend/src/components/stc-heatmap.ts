/**
 * The calendar heat map: one cell per night, coloured by its twitches (a calm colour for a
 * recorded night without any), a dot when one woke the sleeper; nights not recorded are hatched,
 * with no count. Weeks are columns where they fit, rows on a phone (see calendar-fit.ts).
 */
import { LitElement, css, html, nothing, unsafeCSS } from "lit";
import { property, state } from "lit/decorators.js";
import { type CalendarCell, type CalendarLayout, weekdayNames } from "../calendar";
import { type CalendarFit, GAP, calendarFit } from "../calendar-fit";
import { formatNight } from "../dates";
import { define } from "../define";
import type { Texts } from "../format";
import { cellClasses, cellLabel, heatCell } from "../heat-cells";
import { CALM_OUTLINE, LEVELS, levelColor, levelLabel } from "../heat-scale";
import { moveCell } from "../keyboard";
import { sharedStyles } from "../styles";
import type { NightRow } from "../types";

export const HEATMAP_PAINTED = "sleep-twitch-coach:heatmap-painted";
/** Room around the cells for their focus ring, in px. */
const PADDING = 3;
/** The performance mark is set once per page load, for the first map painted with data. */
let painted = false;

export class StcHeatmap extends LitElement {
  @property({ attribute: false }) public layout!: CalendarLayout;

  @property({ attribute: false }) public rows!: Map<string, NightRow>;

  /** The night whose row is shown; its cell is the one reached with Tab. */
  @property({ attribute: false }) public shown = "";

  @property({ attribute: false }) public texts!: Texts;

  /** The width the map has, in px (0 until measured). */
  @state() private _width = 0;

  private _fit: CalendarFit = calendarFit(0, 1);

  private _scrolledShape?: CalendarFit["shape"];

  private _resizes = new ResizeObserver(([entry]) => {
    if (entry) this._width = Math.floor(entry.contentRect.width);
  });

  connectedCallback(): void {
    super.connectedCallback();
    this._resizes.observe(this);
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this._resizes.disconnect();
  }

  protected willUpdate(): void {
    // Measured before the first render too, so a desktop never shows the phone's shape first.
    if (!this._width) this._width = Math.floor(this.getBoundingClientRect().width);
    this._fit = calendarFit(this._width - 2 * PADDING, this.layout.weeks);
  }

  protected render() {
    const { t } = this.texts;
    const { layout, _fit: fit } = this;
    const weekdays = weekdayNames(layout.weekdays, t.language);
    const monthName = (night: string): string => formatNight(night, t.language, { month: "short" });
    const focusNight = layout.cells.some((cell) => cell.night === this.shown) ? this.shown : layout.lastNight;
    const cell = (night: CalendarCell) => this._cell(night, focusNight);
    const weeksAsRows = fit.shape === "weeks-as-rows";
    return html`<div
        id="heatmap"
        class="heatmap ${fit.shape}"
        role="grid"
        aria-readonly="true"
        aria-label=${t("nights.heading", { weeks: layout.weeks })}
        data-shape=${fit.shape}
        data-first-weekday=${layout.weekdays[0] ?? 1}
        style="--grid-columns: ${fit.gridColumns}; --cell: ${fit.cell}px; --gap: ${GAP}px;${fit.maxHeight
          ? ` max-height: ${fit.maxHeight}px;`
          : ""}"
        @keydown=${this._keydown}
        @focusin=${this._pick}
        @click=${this._pick}
        @mouseover=${this._pick}
      >
        ${weeksAsRows
          ? html`<div class="line weekdays" role="row">
                <span class="corner" role="columnheader"></span>
                ${weekdays.map((name) => html`<span class="weekday" role="columnheader">${name}</span>`)}
              </div>
              ${Array.from({ length: layout.weeks }, (_, week) => {
                const label = layout.monthLabels.find((month) => month.week === week);
                return html`<div class="line" role="row">
                  <span class="month" role="rowheader">${label ? monthName(label.night) : nothing}</span>
                  ${layout.cells.filter((night) => night.week === week).map(cell)}
                </div>`;
              })}`
          : html`<div class="line months" aria-hidden="true">
                ${layout.monthLabels.map(
                  (label) => html`<span class="month" style="grid-column: ${label.week + 2}">${monthName(label.night)}</span>`,
                )}
              </div>
              ${weekdays.map(
                (name, place) => html`<div class="line" role="row">
                  <span class="weekday" role="rowheader">${name}</span>
                  ${layout.cells.filter((night) => night.day === place).map(cell)}
                </div>`,
              )}`}
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

  private _cell({ night, week, day }: CalendarCell, focusNight: string) {
    const index = week * 7 + day;
    const shown = heatCell(night, this.rows.get(night));
    const label = cellLabel(shown, this.texts);
    return html`<div
      role="gridcell"
      class=${cellClasses(shown)}
      data-night=${night}
      data-recorded=${shown.recorded ? "true" : "false"}
      data-count=${shown.recorded ? shown.count : nothing}
      data-index=${index}
      tabindex=${night === focusNight ? 0 : -1}
      aria-selected=${night === this.shown ? "true" : "false"}
      aria-label=${label}
      title=${label}
      style=${shown.recorded ? `background-color: ${levelColor(shown.level)}` : nothing}
    ></div>`;
  }

  protected updated(): void {
    // Each shape opens on tonight (the newest week is last in both).
    if (this._fit.shape !== this._scrolledShape) {
      this._scrolledShape = this._fit.shape;
      const map = this.renderRoot.querySelector<HTMLElement>(".heatmap");
      if (map) {
        map.scrollTop = map.scrollHeight;
        map.scrollLeft = map.scrollWidth;
      }
    }
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
    const next = moveCell(index, event.key, this.layout.cells.length, this._fit.shape === "weeks-as-rows");
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
      :host {
        display: block;
      }
      .heatmap {
        display: grid;
        gap: var(--gap);
        justify-content: start;
        overflow: auto;
        padding: ${PADDING}px;
      }
      .line {
        display: grid;
        grid-template-columns: var(--grid-columns);
        gap: var(--gap);
        align-items: center;
      }
      .month,
      .weekday {
        font-size: 0.75rem;
        color: var(--stc-secondary-text);
        white-space: nowrap;
        overflow: hidden;
      }
      /* On a phone the weekday names stay above the weeks while they scroll. */
      .weekdays {
        position: sticky;
        top: 0;
        z-index: 2;
        padding: 3px 0;
        background: var(--stc-card-background);
      }
      .weekdays .weekday {
        text-align: center;
      }
      /* Nothing scrolls by above the weekday names. */
      .weeks-as-rows {
        padding-top: 0;
        overscroll-behavior: contain;
      }
      .cell {
        position: relative;
        aspect-ratio: 1;
        border-radius: 3px;
        box-sizing: border-box;
        cursor: pointer;
      }
      .cell.calm {
        border: 1px solid ${unsafeCSS(CALM_OUTLINE)};
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
