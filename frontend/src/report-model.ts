/** The doctor report's content as plain strings, shared by the in-panel preview and the print page. */
import {
  type Item,
  type Texts,
  DASH,
  criterionLine,
  formatNumber,
  formatTemperature,
  listOrNone,
  longNight,
  rowTriggers,
  twitchTimes,
} from "./format";
import { isMeasured, withDefaults } from "./rows";
import type { NightRow, Report, TriggerInsight } from "./types";

/** Trigger insights cover this many nights (the integration's INSIGHT_NIGHTS). */
export const INSIGHT_NIGHTS = 28;

export interface ReportModel {
  language: string;
  title: string;
  range: string;
  summaryHeading: string;
  summary: Item[];
  criteriaHeading: string;
  criteria: string[];
  nightsHeading: string;
  columns: string[];
  rows: { night: string; cells: string[] }[];
  notesHeading: string;
  notes: { night: string; label: string; text: string }[];
  triggersHeading: string;
  insights: string[];
  disclaimer: string;
}

const rowCells = (row: NightRow, unit: string, measured: boolean, texts: Texts): string[] => {
  const { names } = texts;
  const number = (value: number): string => formatNumber(value, texts, 0);
  return [
    longNight(row.night, texts),
    number(row.twitches),
    listOrNone(twitchTimes(row, texts), DASH),
    number(row.woke_up_twitches),
    listOrNone(row.body_parts.map((part) => names("body_part", part)), DASH),
    listOrNone(rowTriggers(row, texts), DASH),
    formatTemperature(row.bedroom_temperature_at_bedtime, unit, texts),
    listOrNone(row.symptoms.map((symptom) => names("symptom", symptom)), DASH),
    ...(measured ? [row.plm_index === null ? DASH : formatNumber(row.plm_index, texts)] : []),
  ];
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

export const reportModel = (report: Report, texts: Texts): ReportModel => {
  const { t } = texts;
  const rows = report.nights.map(withDefaults);
  const measured = rows.some(isMeasured);
  const { summary } = report;
  const count = (value: number): string => formatNumber(value, texts, 0);
  return {
    language: t.language,
    title: t("report.title", { sleeper: report.sleeper }),
    range: t("report.range", {
      first: longNight(report.first_night, texts),
      last: longNight(report.last_night, texts),
      count: summary.nights,
    }),
    summaryHeading: t("report.summary"),
    summary: [
      { key: "twitch_nights", label: t("report.twitch_nights"), value: `${count(summary.twitch_nights)} / ${count(summary.nights)}` },
      { key: "twitches", label: t("report.twitches"), value: count(summary.twitches) },
      { key: "woke_up", label: t("report.woke_up"), value: count(summary.woke_up_twitches) },
      { key: "checklist_score", label: t("report.checklist_score"), value: count(summary.checklist_score) },
      {
        key: "visit_recommended",
        label: t("report.visit_recommended"),
        value: summary.doctor_visit_recommended ? t("common.yes") : t("common.no"),
      },
    ],
    criteriaHeading: t("report.criteria_met"),
    criteria: summary.criteria_met.map((criterion) => criterionLine(criterion, texts)),
    nightsHeading: t("report.nights"),
    columns: [
      t("report.col_night"),
      t("report.col_twitches"),
      t("report.col_times"),
      t("report.col_woke"),
      t("report.col_body_parts"),
      t("report.col_triggers"),
      t("report.col_bedroom"),
      t("report.col_symptoms"),
      ...(measured ? [t("report.col_plmi")] : []),
    ],
    rows: rows.map((row) => ({ night: row.night, cells: rowCells(row, report.temperature_unit, measured, texts) })),
    notesHeading: t("report.notes"),
    notes: rows.flatMap((row) =>
      row.notes.map((text) => ({ night: row.night, label: longNight(row.night, texts), text })),
    ),
    triggersHeading: t("report.triggers", { count: INSIGHT_NIGHTS }),
    insights: report.trigger_insights.map((insight) => insightLine(insight, texts)),
    disclaimer: t("report.disclaimer"),
  };
};
