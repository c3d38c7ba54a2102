/** Turning figures, rows and evidence into the words the panel and the report show. */
import { formatClock, formatNight } from "./dates";
import type { Localize } from "./localize";
import type { Names } from "./names";
import type { NightRow, WindDownStep } from "./types";

/** What every text-producing function needs: the panel's texts and the integration's names. */
export interface Texts {
  t: Localize;
  names: Names;
  /** Home Assistant's time-format setting of the user ("language", "24", "am_pm", ...). */
  timeFormat?: string;
}

export const DASH = "—";

/** A night in full: "Tue, Nov 3, 2026" (per locale). */
export const longNight = (night: string, { t }: Texts): string =>
  formatNight(night, t.language, { weekday: "short", year: "numeric", month: "short", day: "numeric" });

/** A night in short: "Nov 3" (per locale), for lists of nights. */
export const shortNight = (night: string, { t }: Texts): string =>
  formatNight(night, t.language, { month: "short", day: "numeric" });

/** A night in a table: "Sun, Nov 1" (per locale); the report's range gives the years. */
export const tableNight = (night: string, { t }: Texts): string =>
  formatNight(night, t.language, { weekday: "short", month: "short", day: "numeric" });

export const formatNumber = (value: number, { t }: Texts, fractionDigits = 1): string =>
  new Intl.NumberFormat(t.language, { maximumFractionDigits: fractionDigits }).format(value);

export const formatTemperature = (value: number | null, unit: string, texts: Texts): string =>
  value === null ? DASH : `${formatNumber(value, texts)} ${unit}`;

export const listOrNone = (items: string[], none: string): string =>
  items.length ? items.join(", ") : none;

export interface Item {
  key: string;
  label: string;
  value: string;
}

/** Evidence keys whose value is one night. */
const NIGHT_KEYS = new Set(["since", "first_night", "last_night"]);

const evidenceValue = (key: string, value: unknown, texts: Texts): string => {
  const { t, names } = texts;
  if (Array.isArray(value)) {
    const shown = value.map((item) => {
      if (key === "nights" && typeof item === "string") return shortNight(item, texts);
      if (key === "body_parts" && typeof item === "string") return names("body_part", item);
      return typeof item === "number" ? formatNumber(item, texts) : String(item);
    });
    return listOrNone(shown, t("report.none"));
  }
  if (typeof value === "boolean") return value ? t("common.yes") : t("common.no");
  // The experiment behind "no better after changes": its factor and whether it was avoided or done.
  if (key === "change" && typeof value === "string") return names("factor", value);
  if (key === "keep" && typeof value === "string") return t.lookup(`experiment.keep.${value}`) ?? value;
  if (typeof value === "number") return formatNumber(value, texts);
  if (NIGHT_KEYS.has(key) && typeof value === "string") {
    try {
      return longNight(value, texts);
    } catch {
      return value;
    }
  }
  return value === null || value === undefined ? DASH : String(value);
};

/** A criterion's evidence as label/value pairs ("Nights: Nov 1, Nov 2", "Count: 4"). */
export const evidenceItems = (evidence: Record<string, unknown>, texts: Texts): Item[] =>
  Object.entries(evidence)
    .filter(([key]) => key !== "criterion")
    .map(([key, value]) => ({
      key,
      label: texts.t.lookup(`evidence.${key}`) ?? key,
      value: evidenceValue(key, value, texts),
    }));

/** A met criterion: its name, and its evidence in brackets ("(Nights: Nov 1; Count: 4)"). */
export const criterionParts = (
  criterion: { criterion: string } & Record<string, unknown>,
  texts: Texts,
): { name: string; text: string } => {
  const items = evidenceItems(criterion, texts).map((item) => `${item.label}: ${item.value}`);
  return { name: texts.names("criterion", criterion.criterion), text: items.length ? ` (${items.join("; ")})` : "" };
};

/** A night's twitch times in the user's clock format: "11:40 PM" or "23:40". */
export const twitchTimes = (row: NightRow, { t, timeFormat }: Texts): string[] =>
  row.twitch_times.map((clock) => formatClock(clock, t.language, timeFormat));

/** The twitches of a night with their times: "2 (23:40, 01:10)". */
export const twitchesWithTimes = (row: NightRow, texts: Texts): string =>
  row.twitch_times.length
    ? `${formatNumber(row.twitches, texts, 0)} (${twitchTimes(row, texts).join(", ")})`
    : formatNumber(row.twitches, texts, 0);

/** A wind-down step's name: a default one in the viewer's language, a renamed one as typed. */
export const stepName = (step: WindDownStep, texts: Texts): string =>
  (step.default && texts.t.lookup(`wind_down.${step.uid}`)) || step.summary;
