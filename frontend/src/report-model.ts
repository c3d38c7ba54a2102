/**
 * The doctor report's content as plain strings, shared by the in-panel preview and the printed
 * page. The sections and columns are the ones the integration sends (it decides them once, for
 * its Markdown too), and their texts come from the same files (texts/<language>.json).
 */
import {
  type Item,
  type Texts,
  DASH,
  criterionParts,
  formatNumber,
  formatTemperature,
  listOrNone,
  longNight,
  shortNight,
  tableNight,
  twitchesWithTimes,
} from "./format";
import { points } from "./comparison-bars";
import { changeText } from "./experiment";
import { customNames, factorName, rowFactorNames } from "./factors";
import { INDEX_DIGITS, limbMovementsCell, periodicityCell, plmsIndexCell } from "./measured";
import { withDefaults } from "./rows";
import type { Experiment, FactorComparison, NightRow, Report } from "./types";

/** A line of a list: an optional name in bold, then the rest. */
export interface Line {
  name?: string;
  text: string;
}

export interface Column {
  key: string;
  label: string;
}

export type Section =
  | { key: "summary"; heading: string; items: Item[] }
  | { key: "nights"; heading: string; columns: Column[]; rows: { night: string; cells: string[] }[] }
  | { key: string; heading: string; lines: Line[]; pre?: boolean };

export interface ReportModel {
  language: string;
  title: string;
  range: string;
  sections: Section[];
  disclaimer: string;
}

/** A cell of the nights' table; custom factors are named as the report's comparisons name them. */
type Cell = (row: NightRow, unit: string, texts: Texts, custom: ReadonlyMap<string, string>) => string;

const count = (value: number, texts: Texts): string => formatNumber(value, texts, 0);
const optional = (value: number | null, texts: Texts, digits = 0): string =>
  value === null ? DASH : formatNumber(value, texts, digits);

/** One cell per column the integration may send; a column this panel does not know shows a dash. */
const CELLS: Record<string, Cell> = {
  night: (row, _, texts) => tableNight(row.night, texts),
  twitches: (row, _, texts) => (row.recorded ? twitchesWithTimes(row, texts) : texts.t("report.not_recorded")),
  woke_up: (row, _, texts) => (row.recorded ? count(row.woke_up_twitches, texts) : DASH),
  body_parts: (row, _, { names }) => listOrNone(row.body_parts.map((part) => names("body_part", part)), DASH),
  factors: (row, _, texts, custom) => listOrNone(rowFactorNames(row.factors, texts, custom), DASH),
  bedroom: (row, unit, texts) => formatTemperature(row.bedroom_temperature_at_bedtime, unit, texts),
  symptoms: (row, _, { names }) => listOrNone(row.symptoms.map((symptom) => names("symptom", symptom)), DASH),
  limb_movements: (row, _, texts) => limbMovementsCell(row, texts),
  periodic_limb_movements: (row, _, texts) => optional(row.periodic_limb_movements, texts),
  plm_index: (row, _, texts) => optional(row.plm_index, texts, INDEX_DIGITS),
  periodicity_index: (row, _, texts) => periodicityCell(row, texts),
  plms_index: (row, _, texts) => plmsIndexCell(row, texts),
};

/** One factor's comparison in a sentence, or that it has not enough nights yet (the Markdown's words). */
export const factorLine = (factor: FactorComparison, texts: Texts): string => {
  const { t } = texts;
  const counts = {
    factor: factorName(texts, factor.factor, factor.name),
    verdict: t(`verdict.${factor.verdict}`),
    nights_with: factor.nights_with,
    nights_without: factor.nights_without,
  };
  const { difference, interval } = factor;
  if (factor.verdict === "not_enough_nights" || difference === null || interval === null) {
    return t("report.factor_not_enough", counts);
  }
  return t("report.factor_line", {
    ...counts,
    twitch_nights_with: factor.twitch_nights_with,
    twitch_nights_without: factor.twitch_nights_without,
    difference: points(difference),
    low: points(interval[0]),
    high: points(interval[1]),
  });
};

/** An experiment in a sentence (and a second one when it was kept on too few nights to say much). */
export const experimentLines = (
  experiment: Experiment,
  texts: Texts,
  custom: ReadonlyMap<string, string> = new Map(),
): string[] => {
  const { t } = texts;
  const change = changeText({ ...experiment, name: experiment.name ?? custom.get(experiment.change) ?? null }, texts);
  const kept = { nights_kept: experiment.nights_kept, nights_recorded: experiment.nights_recorded };
  if (experiment.running) {
    return [
      t("report.experiment_running", {
        change,
        started: experiment.started,
        nights_done: experiment.nights_done,
        nights_planned: experiment.nights_planned,
        ...kept,
      }),
    ];
  }
  const { baseline, during, difference, interval } = experiment;
  const finished = {
    change,
    started: experiment.started,
    ended: experiment.ended ?? experiment.last_night,
    twitch_nights_during: during.twitch_nights,
    nights_during: during.nights,
    verdict: experiment.verdict ? t(`experiment.verdict.${experiment.verdict}`) : "",
    ...kept,
  };
  const line =
    baseline && difference !== null && interval !== null
      ? t("report.experiment_result", {
          ...finished,
          twitch_nights_before: baseline.twitch_nights,
          nights_before: baseline.nights,
          difference: points(difference),
          low: points(interval[0]),
          high: points(interval[1]),
        })
      : t("report.experiment_no_baseline", finished);
  return experiment.low_adherence ? [line, t("report.experiment_low_adherence")] : [line];
};

/** The running experiment, then the finished ones, newest first. */
const experimentsOf = ({ running, finished }: Report["experiments"]): Experiment[] => [
  ...(running ? [running] : []),
  ...finished,
];

/** A list's lines, or the one line "None". */
const orNone = (lines: string[], { t }: Texts): Line[] =>
  (lines.length ? lines : [t("report.none")]).map((text) => ({ text }));

const section = (
  key: string,
  report: Report,
  rows: NightRow[],
  custom: ReadonlyMap<string, string>,
  texts: Texts,
): Section => {
  const { t } = texts;
  const { summary } = report;
  const heading = t.lookup(`report.${key}`, { count: summary.compare_nights }) ?? key;
  switch (key) {
    case "summary": {
      const item = (name: string, value: string): Item => ({ key: name, label: t.lookup(`report.${name}`) ?? name, value });
      return {
        key,
        heading,
        items: [
          item("recorded_nights", t("report.count_of", { count: summary.recorded_nights, total: summary.nights })),
          item("twitch_nights", t("report.count_of", { count: summary.twitch_nights, total: summary.nights })),
          item("twitches", count(summary.twitches, texts)),
          item("woke_up", count(summary.woke_up_twitches, texts)),
          item("checklist_score", count(summary.checklist_score, texts)),
          item("visit_recommended", t(summary.doctor_visit_recommended ? "common.yes" : "common.no")),
        ],
      };
    }
    case "criteria_met": {
      const lines = summary.criteria_met.map((criterion) => criterionParts(criterion, texts));
      return { key, heading, lines: lines.length ? lines : [{ text: t("report.none") }] };
    }
    case "nights":
      return {
        key,
        heading,
        columns: report.columns.map((column) => ({ key: column, label: t.lookup(`report.column.${column}`) ?? column })),
        rows: rows.map((row) => ({
          night: row.night,
          cells: report.columns.map((column) => CELLS[column]?.(row, report.temperature_unit, texts, custom) ?? DASH),
        })),
      };
    case "notes":
      return {
        key,
        heading,
        pre: true,
        lines: rows.flatMap((row) => row.notes.map((text) => ({ text: `${shortNight(row.night, texts)}: ${text}` }))),
      };
    case "factors":
      return { key, heading, lines: orNone(report.factors.map((factor) => factorLine(factor, texts)), texts) };
    case "experiments":
      return {
        key,
        heading,
        lines: orNone(
          experimentsOf(report.experiments).flatMap((experiment) => experimentLines(experiment, texts, custom)),
          texts,
        ),
      };
    default:
      return { key, heading, lines: [] };
  }
};

export const reportModel = (report: Report, texts: Texts): ReportModel => {
  const { t } = texts;
  const rows = report.nights.map(withDefaults);
  const custom = customNames(report.factors);
  return {
    language: t.language,
    title: t("report.title", { sleeper: report.sleeper }),
    range: t("report.range", {
      first: longNight(report.first_night, texts),
      last: longNight(report.last_night, texts),
      count: report.summary.nights,
    }),
    sections: report.sections.map((key) => section(key, report, rows, custom, texts)),
    disclaimer: t("report.disclaimer"),
  };
};
