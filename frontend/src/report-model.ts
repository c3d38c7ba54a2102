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
  rowTriggers,
  shortNight,
  tableNight,
  twitchesWithTimes,
} from "./format";
import { withDefaults } from "./rows";
import type { NightRow, Report, TriggerInsight } from "./types";

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

type Cell = (row: NightRow, unit: string, texts: Texts) => string;

const count = (value: number, texts: Texts): string => formatNumber(value, texts, 0);
const optional = (value: number | null, texts: Texts, digits = 0): string =>
  value === null ? DASH : formatNumber(value, texts, digits);

/** One cell per column the integration may send; a column this panel does not know shows a dash. */
const CELLS: Record<string, Cell> = {
  night: (row, _, texts) => tableNight(row.night, texts),
  twitches: (row, _, texts) => twitchesWithTimes(row, texts),
  woke_up: (row, _, texts) => count(row.woke_up_twitches, texts),
  body_parts: (row, _, { names }) => listOrNone(row.body_parts.map((part) => names("body_part", part)), DASH),
  triggers: (row, _, texts) => listOrNone(rowTriggers(row, texts), DASH),
  bedroom: (row, unit, texts) => formatTemperature(row.bedroom_temperature_at_bedtime, unit, texts),
  symptoms: (row, _, { names }) => listOrNone(row.symptoms.map((symptom) => names("symptom", symptom)), DASH),
  limb_movements: (row, _, texts) => optional(row.limb_movements, texts),
  periodic_limb_movements: (row, _, texts) => optional(row.periodic_limb_movements, texts),
  plm_index: (row, _, texts) => optional(row.plm_index, texts, 1),
};

export const insightLine = (insight: TriggerInsight, { t, names }: Texts): string => {
  const values = {
    trigger: names("trigger", insight.trigger),
    nights_with: insight.nights_with,
    twitch_nights_with: insight.twitch_nights_with,
    nights_without: insight.nights_without,
    twitch_nights_without: insight.twitch_nights_without,
  };
  return insight.enough_nights ? t("report.insight", values) : t("report.insight_not_enough", values);
};

const section = (key: string, report: Report, rows: NightRow[], texts: Texts): Section => {
  const { t } = texts;
  const { summary } = report;
  const heading = t.lookup(`report.${key}`, { count: summary.insight_nights }) ?? key;
  switch (key) {
    case "summary": {
      const item = (name: string, value: string): Item => ({ key: name, label: t.lookup(`report.${name}`) ?? name, value });
      return {
        key,
        heading,
        items: [
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
          cells: report.columns.map((column) => CELLS[column]?.(row, report.temperature_unit, texts) ?? DASH),
        })),
      };
    case "notes":
      return {
        key,
        heading,
        pre: true,
        lines: rows.flatMap((row) => row.notes.map((text) => ({ text: `${shortNight(row.night, texts)}: ${text}` }))),
      };
    case "triggers":
      return { key, heading, lines: report.trigger_insights.map((insight) => ({ text: insightLine(insight, texts) })) };
    default:
      return { key, heading, lines: [] };
  }
};

export const reportModel = (report: Report, texts: Texts): ReportModel => {
  const { t } = texts;
  const rows = report.nights.map(withDefaults);
  return {
    language: t.language,
    title: t("report.title", { sleeper: report.sleeper }),
    range: t("report.range", {
      first: longNight(report.first_night, texts),
      last: longNight(report.last_night, texts),
      count: report.summary.nights,
    }),
    sections: report.sections.map((key) => section(key, report, rows, texts)),
    disclaimer: t("report.disclaimer"),
  };
};
