/**
 * The heat map's calendar: whole weeks that start on Home Assistant's first day of the week,
 * the last one holding tonight. A week keeps its place from day to day: a night moves to an
 * older week only when a new week begins. The last week ends with tonight, so it may be short.
 */
import { addNights, parseNight, weekday } from "./dates";
import type { HassLocale } from "./types";

export const HEATMAP_WEEKS = 26;
/** A month label needs this many weeks of room before the next one. */
const LABEL_WEEKS = 3;

/** Home Assistant's names of the weekdays, 0 = Sunday as `Date.getDay()`. */
export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"] as const;

export interface CalendarCell {
  night: string;
  /** 0 = the oldest week. */
  week: number;
  /** The place in its week, 0 = the first day of the week. */
  day: number;
}

export interface MonthLabel {
  week: number;
  /** The night the label is for (a 1st of the month, or the map's first night). */
  night: string;
  year: number;
  month: number; // 1-12
}

export interface CalendarLayout {
  firstNight: string;
  lastNight: string;
  weeks: number;
  /** Cells in night order, ending with tonight: cell i is week floor(i / 7), day i % 7. */
  cells: CalendarCell[];
  /** The weekday (0 = Sunday) of each day of the week, in order. */
  weekdays: number[];
  monthLabels: MonthLabel[];
}

// Regions whose week starts on Sunday or Saturday (CLDR), for browsers without Intl week info.
const SUNDAY_FIRST = new Set(
  (
    "AG AS BD BR BS BT BW BZ CA CN CO DM DO ET GT GU HK HN ID IL IN JM JP KE KH KR LA MH MM MO MT " +
    "MX MZ NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW"
  ).split(" "),
);
const SATURDAY_FIRST = new Set("AE AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY".split(" "));

type WeekInfoLocale = Intl.Locale & { getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } };

/** The first day of the week a language's region uses (0 = Sunday); Monday when unknown. */
export const languageFirstWeekday = (language: string): number => {
  try {
    const locale = new Intl.Locale(language) as WeekInfoLocale;
    const info = locale.getWeekInfo?.() ?? locale.weekInfo;
    if (info) return info.firstDay % 7;
    const region = locale.maximize().region ?? "";
    return SUNDAY_FIRST.has(region) ? 0 : SATURDAY_FIRST.has(region) ? 6 : 1;
  } catch {
    return 1;
  }
};

/**
 * Home Assistant's first day of the week (0 = Sunday), as its frontend's `firstWeekdayIndex`
 * resolves the user's setting: a weekday, or "language" for the language's own.
 */
export const firstWeekdayOf = (locale: HassLocale | undefined): number => {
  const setting = locale?.first_weekday ?? "language";
  if (setting === "language") return languageFirstWeekday(locale?.language ?? "en");
  const index = WEEKDAYS.indexOf(setting);
  return index < 0 ? 1 : index;
};

/** The short names of `weekdays` (0 = Sunday) in a language: the map's weekday labels, in order. */
export const weekdayNames = (weekdays: number[], language: string): string[] => {
  const format = new Intl.DateTimeFormat(language, { weekday: "short" });
  // Any date of the right weekday will do for its name: 2023-01-01 was a Sunday.
  return weekdays.map((day) => format.format(new Date(2023, 0, 1 + day, 12)));
};

/** The first night of the week holding `night`. */
export const startOfWeek = (night: string, firstWeekday: number): string =>
  addNights(night, -((weekday(night) - firstWeekday + 7) % 7));

/** The map's first night: the first day of its oldest week. */
export const firstNightOf = (tonight: string, firstWeekday: number, weeks = HEATMAP_WEEKS): string =>
  addNights(startOfWeek(tonight, firstWeekday), -(weeks - 1) * 7);

export const calendarLayout = (tonight: string, firstWeekday: number, weeks = HEATMAP_WEEKS): CalendarLayout => {
  const firstNight = firstNightOf(tonight, firstWeekday, weeks);
  const cells: CalendarCell[] = [];
  for (let index = 0, night = firstNight; night <= tonight; index += 1, night = addNights(night, 1)) {
    cells.push({ night, week: Math.floor(index / 7), day: index % 7 });
  }
  return {
    firstNight,
    lastNight: tonight,
    weeks,
    cells,
    weekdays: [0, 1, 2, 3, 4, 5, 6].map((day) => (firstWeekday + day) % 7),
    monthLabels: monthLabels(cells),
  };
};

/**
 * A label beside each week holding the 1st of a month; the first week is labelled with its
 * own month when the first such week leaves room for it.
 */
export const monthLabels = (cells: CalendarCell[]): MonthLabel[] => {
  const labels: MonthLabel[] = [];
  for (const cell of cells) {
    const { year, month, day } = parseNight(cell.night);
    if (day === 1) labels.push({ week: cell.week, night: cell.night, year, month });
  }
  const first = cells[0];
  if (first && (labels[0]?.week ?? Infinity) >= LABEL_WEEKS) {
    const { year, month } = parseNight(first.night);
    labels.unshift({ week: 0, night: first.night, year, month });
  }
  return labels;
};
