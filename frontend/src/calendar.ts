/**
 * The heat map's calendar: columns are weeks, rows are weekdays, and the last column ends
 * with tonight. Every column holds seven consecutive nights, so each row is one weekday (the
 * bottom row is tonight's weekday) and the map holds exactly `weeks * 7` nights.
 */
import { addNights, parseNight, weekday } from "./dates";

export const HEATMAP_WEEKS = 26;
/** A month label needs this many columns of room before the next one. */
const LABEL_COLUMNS = 3;

export interface CalendarCell {
  night: string;
  column: number;
  row: number;
}

export interface MonthLabel {
  column: number;
  /** The night the label is for (a 1st of the month, or the map's first night). */
  night: string;
  year: number;
  month: number; // 1-12
}

export interface CalendarLayout {
  firstNight: string;
  lastNight: string;
  columns: number;
  /** Cells in night order: cell i is column floor(i / 7), row i % 7. */
  cells: CalendarCell[];
  /** The weekday (0 = Sunday) of each row, top to bottom. */
  rowWeekdays: number[];
  monthLabels: MonthLabel[];
}

/** The map's first night: the first night of its first column. */
export const firstNightOf = (tonight: string, weeks = HEATMAP_WEEKS): string =>
  addNights(tonight, -(weeks * 7 - 1));

export const calendarLayout = (tonight: string, weeks = HEATMAP_WEEKS): CalendarLayout => {
  const firstNight = firstNightOf(tonight, weeks);
  const cells: CalendarCell[] = [];
  for (let index = 0; index < weeks * 7; index += 1) {
    cells.push({ night: addNights(firstNight, index), column: Math.floor(index / 7), row: index % 7 });
  }
  const firstWeekday = weekday(firstNight);
  return {
    firstNight,
    lastNight: tonight,
    columns: weeks,
    cells,
    rowWeekdays: [0, 1, 2, 3, 4, 5, 6].map((row) => (firstWeekday + row) % 7),
    monthLabels: monthLabels(cells),
  };
};

/**
 * A label over each column holding the 1st of a month; the first column is labelled with its
 * own month when the first such column leaves room for it.
 */
export const monthLabels = (cells: CalendarCell[]): MonthLabel[] => {
  const labels: MonthLabel[] = [];
  for (const cell of cells) {
    const { year, month, day } = parseNight(cell.night);
    if (day === 1) labels.push({ column: cell.column, night: cell.night, year, month });
  }
  const first = cells[0];
  if (first && (labels[0]?.column ?? Infinity) >= LABEL_COLUMNS) {
    const { year, month } = parseNight(first.night);
    labels.unshift({ column: 0, night: first.night, year, month });
  }
  return labels;
};
