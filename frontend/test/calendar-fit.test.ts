import { describe, expect, it } from "vitest";
import { HEATMAP_WEEKS, calendarLayout, weekdayNames } from "../src/calendar";
import { GAP, LABEL_WIDTH, MIN_TARGET, calendarFit, columnsMinWidth } from "../src/calendar-fit";

/**
 * The map's width in a window `viewport` px wide, from the panel's styles: the page's padding
 * (8 px a side when Home Assistant calls the window narrow, else 16 px, at most 1040 px wide),
 * the card's (16 px and a 1 px border a side) and the map's own (3 px a side).
 */
const mapWidth = (viewport: number): number => {
  const page = viewport <= 870 ? viewport - 2 * 8 : Math.min(viewport, 1040 + 2 * 16) - 2 * 16;
  return page - 2 * (16 + 1) - 2 * 3;
};

/** The width the cells and their labels take, by the grid's columns and gaps. */
const gridWidth = (cell: number, count: number): number => LABEL_WIDTH + count * (cell + GAP);

describe("the heat map's shape and sizes", () => {
  it("shows a phone (390 px) each week as a row of seven nights a finger can tap, with no sideways scroll", () => {
    const width = mapWidth(390);
    const fit = calendarFit(width, HEATMAP_WEEKS);
    expect(fit.shape).toBe("weeks-as-rows");
    expect(fit.cell).toBeGreaterThanOrEqual(MIN_TARGET);
    expect(fit.cell).toBe(35);
    expect(gridWidth(fit.cell, 7)).toBeLessThanOrEqual(width);
    expect(fit.gridColumns).toBe(`${LABEL_WIDTH}px repeat(7, 35px)`);
    // Eight and a half weeks in view: the cut week says the box scrolls to older ones.
    expect(fit.maxHeight).toBe(Math.round(24 + 8.5 * (35 + GAP)));
  });

  it("keeps targets of 24 px on the narrowest phone (320 px)", () => {
    const fit = calendarFit(mapWidth(320), HEATMAP_WEEKS);
    expect(fit.shape).toBe("weeks-as-rows");
    expect(fit.cell).toBeGreaterThanOrEqual(MIN_TARGET);
    expect(gridWidth(fit.cell, 7)).toBeLessThanOrEqual(mapWidth(320));
  });

  it("shows a desktop (1280 px) the 26 weeks side by side, every target at least 24 px", () => {
    const width = mapWidth(1280);
    const fit = calendarFit(width, HEATMAP_WEEKS);
    expect(fit.shape).toBe("weeks-as-columns");
    expect(fit.cell).toBe(32);
    expect(gridWidth(fit.cell, HEATMAP_WEEKS)).toBeLessThanOrEqual(width);
    expect(fit.maxHeight).toBeUndefined();
  });

  it("switches to weeks as columns exactly where 26 columns of 24 px cells fit", () => {
    const edge = columnsMinWidth(HEATMAP_WEEKS);
    expect(edge).toBe(gridWidth(MIN_TARGET, HEATMAP_WEEKS));
    expect(calendarFit(edge, HEATMAP_WEEKS)).toMatchObject({ shape: "weeks-as-columns", cell: MIN_TARGET });
    const below = calendarFit(edge - 1, HEATMAP_WEEKS);
    expect(below.shape).toBe("weeks-as-rows");
    expect(below.cell).toBeGreaterThanOrEqual(MIN_TARGET);
    // A tablet in portrait (768 px) is a phone's shape; most laptops' are columns.
    expect(calendarFit(mapWidth(768), HEATMAP_WEEKS).shape).toBe("weeks-as-rows");
    expect(calendarFit(mapWidth(1024), HEATMAP_WEEKS).shape).toBe("weeks-as-columns");
  });

  it("never makes a target smaller than 24 px, whatever the width", () => {
    for (let width = 0; width <= 1400; width += 7) {
      expect(calendarFit(width, HEATMAP_WEEKS).cell).toBeGreaterThanOrEqual(MIN_TARGET);
    }
  });
});

describe("the calendar at a phone's and a desktop's width, weeks from Monday or from Sunday", () => {
  const cases = [
    { viewport: 390, first: 1, language: "de", labels: ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"] },
    { viewport: 390, first: 0, language: "en", labels: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] },
    { viewport: 1280, first: 1, language: "de", labels: ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"] },
    { viewport: 1280, first: 0, language: "en", labels: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] },
  ];

  const title = "$viewport px, first day $first: seven labels, every night a target in view";
  it.each(cases)(title, ({ viewport, first, language, labels }) => {
    const layout = calendarLayout("2026-11-04", first); // a Wednesday
    const width = mapWidth(viewport);
    const fit = calendarFit(width, layout.weeks);
    expect(weekdayNames(layout.weekdays, language)).toEqual(labels);
    expect(fit.cell).toBeGreaterThanOrEqual(MIN_TARGET);
    // Each cell's right edge, by its place in the grid: never beyond the map's width.
    const rightEdge = ({ week, day }: { week: number; day: number }) =>
      LABEL_WIDTH + GAP + (fit.shape === "weeks-as-rows" ? day : week) * (fit.cell + GAP) + fit.cell;
    for (const cell of layout.cells) expect(rightEdge(cell)).toBeLessThanOrEqual(width);
    // Tonight is in the last week, at Wednesday's place in it.
    expect(layout.cells.at(-1)).toEqual({ night: "2026-11-04", week: 25, day: first === 1 ? 2 : 3 });
    expect(fit.shape).toBe(viewport === 390 ? "weeks-as-rows" : "weeks-as-columns");
  });
});
