/**
 * A measured night's figures in words, for the report's cells and the night details: each leg's
 * movements, the periodicity index, the time asleep and the PLMS index. The report's cells say
 * what the integration's Markdown says (texts/<language>.json), numbers in the user's locale.
 */
import { type Item, type Texts, DASH, formatNumber } from "./format";
import type { NightRow } from "./types";

/** The indices per hour to a tenth; the periodicity index, a share, to a hundredth (as sent). */
export const INDEX_DIGITS = 1;
export const PERIODICITY_DIGITS = 2;

const optional = (value: number | null, texts: Texts, digits: number): string =>
  value === null ? DASH : formatNumber(value, texts, digits);

const whole = (value: number, texts: Texts): string => formatNumber(value, texts, 0);

/** Minutes as whole hours and the minutes left, formatted: { hours: "6", minutes: "5" }. */
const hoursMinutes = (minutes: number, texts: Texts): { hours: string; minutes: string } => ({
  hours: whole(Math.floor(minutes / 60), texts),
  minutes: whole(minutes % 60, texts),
});

/** The night's leg movements, with each leg's own when it had a sensor on each: "40 (L 22 · R 18)". */
export const limbMovementsCell = (row: NightRow, texts: Texts): string => {
  const { limb_movements: count, left_leg_movements: left, right_leg_movements: right } = row;
  if (count === null || left === null || right === null) return optional(count, texts, 0);
  return texts.t("report.by_leg", { count: whole(count, texts), left: whole(left, texts), right: whole(right, texts) });
};

export const periodicityCell = (row: NightRow, texts: Texts): string =>
  optional(row.periodicity_index, texts, PERIODICITY_DIGITS);

/** The PLMS index with the time asleep it is per hour of: "6.7 (6 h 0 min)"; a dash without an asleep sensor. */
export const plmsIndexCell = (row: NightRow, texts: Texts): string =>
  row.time_asleep_min === null
    ? DASH
    : texts.t("report.asleep", {
        index: optional(row.plms_index, texts, INDEX_DIGITS),
        ...hoursMinutes(row.time_asleep_min, texts),
      });

/** What the night details show of a measured night, in order; each leg and sleep only where measured. */
export const measuredFacts = (row: NightRow, texts: Texts): Item[] => {
  const { t } = texts;
  const item = (key: string, label: string, value: string): Item => ({ key, label, value });
  const { left_leg_movements: left, right_leg_movements: right, time_asleep_min: asleep } = row;
  return [
    item("limb_movements", t("details.limb_movements"), optional(row.limb_movements, texts, 0)),
    ...(left === null || right === null
      ? []
      : [
          item("left_leg_movements", t("details.left_leg"), whole(left, texts)),
          item("right_leg_movements", t("details.right_leg"), whole(right, texts)),
        ]),
    item("plm_index", t("details.plm_index"), optional(row.plm_index, texts, INDEX_DIGITS)),
    ...(row.periodicity_index === null
      ? []
      : [item("periodicity_index", t("details.periodicity_index"), periodicityCell(row, texts))]),
    ...(asleep === null
      ? []
      : [
          item("time_asleep_min", t("details.time_asleep"), t("details.duration", hoursMinutes(asleep, texts))),
          item("plms_index", t("details.plms_index"), optional(row.plms_index, texts, INDEX_DIGITS)),
        ]),
  ];
};
