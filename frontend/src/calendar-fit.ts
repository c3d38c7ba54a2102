/**
 * How the heat map fits its width. Where 26 weeks of cells a finger can tap fit side by side,
 * weeks are columns and weekdays rows; narrower (a phone), each week is a row of seven nights
 * under a header of weekday names, newest at the bottom as in a month calendar, in a box that
 * scrolls up to older weeks.
 */

/** The smallest target a pointer must hit (WCAG 2.2, 2.5.8 Target Size, Minimum), in px. */
export const MIN_TARGET = 24;
export const GAP = 4;
/** The weekday names' column beside weeks as columns, and the months' beside weeks as rows. */
export const LABEL_WIDTH = 40;
/** Cells grow with the width up to these sizes. */
const MAX_CELL = { columns: 32, rows: 44 } as const;
/** Weeks as rows show this many weeks before scrolling; the half week says there is more. */
const ROWS_SHOWN = 8.5;
/** Room kept beside weeks as rows for a scroll bar that takes space (not a phone's). */
const SCROLLBAR = 16;
/** The header of weekday names above weeks as rows. */
const HEADER_HEIGHT = 24;

export type CalendarShape = "weeks-as-columns" | "weeks-as-rows";

export interface CalendarFit {
  shape: CalendarShape;
  /** The side of a night's square cell, in px. */
  cell: number;
  /** The grid's columns: the labels' column, then one per week or per weekday. */
  gridColumns: string;
  /** The scrolling box's height for weeks as rows; none for weeks as columns. */
  maxHeight?: number;
}

/** The narrowest width that holds `weeks` columns of the smallest cells. */
export const columnsMinWidth = (weeks: number): number => LABEL_WIDTH + weeks * (MIN_TARGET + GAP);

const cellFor = (room: number, count: number, max: number): number =>
  Math.min(max, Math.max(MIN_TARGET, Math.floor((room - count * GAP) / count)));

/** The shape and sizes of the map for a width in px (0 before it is measured: a phone's). */
export const calendarFit = (width: number, weeks: number): CalendarFit => {
  const room = width - LABEL_WIDTH;
  if (width >= columnsMinWidth(weeks)) {
    const cell = cellFor(room, weeks, MAX_CELL.columns);
    return { shape: "weeks-as-columns", cell, gridColumns: `${LABEL_WIDTH}px repeat(${weeks}, ${cell}px)` };
  }
  const cell = cellFor(room - SCROLLBAR, 7, MAX_CELL.rows);
  return {
    shape: "weeks-as-rows",
    cell,
    gridColumns: `${LABEL_WIDTH}px repeat(7, ${cell}px)`,
    maxHeight: Math.round(HEADER_HEIGHT + ROWS_SHOWN * (cell + GAP)),
  };
};
