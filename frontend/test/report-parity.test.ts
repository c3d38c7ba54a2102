/**
 * The panel's report and the action's Markdown from one get_report response (the integration's
 * own test snapshot): the same sections, headings, columns and sentences.
 */
import { describe, expect, it } from "vitest";
import twoWeeks from "../../tests/shell/snapshots/report_14_nights.json";
import measured from "../../tests/shell/snapshots/report_measured_nights.json";
import { type Section, reportModel } from "../src/report-model";
import type { Report } from "../src/types";
import { englishTexts } from "./texts";

// The columns whose cells read alike in both (nights and clock times are per locale in the panel).
const SAME_CELLS = ["factors", "limb_movements", "periodic_limb_movements", "plm_index", "periodicity_index", "plms_index"];

describe.each([
  ["two weeks", twoWeeks],
  ["measured nights", measured],
])("the panel's report and the action's Markdown (%s)", (_, response) => {
  const report = response as unknown as Report;
  const model = reportModel(report, englishTexts());
  const markdown = report.markdown.split("\n");

  /** The Markdown's lines of one section: from its heading to the next blank line. */
  const linesOf = (heading: string): string[] => {
    const start = markdown.indexOf(`### ${heading}`) + 1;
    const end = markdown.indexOf("", start);
    return markdown.slice(start, end === -1 ? undefined : end);
  };

  const withKey = (key: string): Section | undefined => model.sections.find((section) => section.key === key);

    it("have the same title, sections in the same order, and the disclaimer", () => {
      expect(markdown[0]).toBe(`## ${model.title}`);
      expect(markdown.filter((line) => line.startsWith("### ")).map((line) => line.slice(4))).toEqual(
        model.sections.map((section) => section.heading),
      );
      expect(model.sections.map((section) => section.key)).toEqual(report.sections);
      expect(markdown.at(-1)).toBe(`_${model.disclaimer}_`);
    });

    it("have the same summary", () => {
      const summary = withKey("summary");
      const items = summary && "items" in summary ? summary.items : [];
      expect(linesOf(summary?.heading ?? "")).toEqual(items.map((item) => `- **${item.label}:** ${item.value}`));
    });

    it("have the same columns and a row for every night", () => {
      const nights = withKey("nights");
      const columns = nights && "columns" in nights ? nights.columns : [];
      const [head, , ...rows] = linesOf(nights?.heading ?? "");
      expect(head).toBe(`| ${columns.map((column) => column.label).join(" | ")} |`);
      expect(rows).toHaveLength(nights && "rows" in nights ? nights.rows.length : -1);
    });

    it("name the same criteria", () => {
      const criteria = withKey("criteria_met");
      const names = criteria && "lines" in criteria ? criteria.lines.map((line) => line.name) : [];
      expect(linesOf(criteria?.heading ?? "").map((line) => /^- \*\*(.+?)\*\*/.exec(line)?.[1])).toEqual(names);
    });

    it.each(["factors", "experiments"])("say the same sentences in the section %s", (key) => {
      const section = withKey(key);
      expect(section && "lines" in section).toBe(true);
      const lines = section && "lines" in section ? section.lines.map((line) => `- ${line.text}`) : [];
      expect(lines.length).toBeGreaterThan(0);
      expect(linesOf(section?.heading ?? "")).toEqual(lines);
    });

    it("show the same factors and leg movements on each night, and the same nights as not recorded", () => {
      const nights = withKey("nights");
      if (!nights || !("rows" in nights)) throw new Error("no nights section");
      const [, , ...rows] = linesOf(nights.heading);
      const markdownCells = rows.map((row) => row.replace(/^\| | \|$/g, "").split(" | "));
      const columnOf = (key: string): number => nights.columns.findIndex((column) => column.key === key);
      for (const key of ["factors", "twitches"]) expect(columnOf(key)).toBeGreaterThan(-1);
      const shared = SAME_CELLS.filter((key) => columnOf(key) > -1);
      expect(markdownCells.map((cells) => shared.map((key) => cells[columnOf(key)]))).toEqual(
        nights.rows.map((row) => shared.map((key) => row.cells[columnOf(key)])),
      );
      const notRecorded = (cells: (string | undefined)[]): boolean => cells[columnOf("twitches")] === "not recorded";
      expect(markdownCells.map(notRecorded)).toEqual(nights.rows.map((row) => notRecorded(row.cells)));
      expect(markdownCells.filter(notRecorded).length).toBeGreaterThan(0);
    });
  });

describe("the measured nights' report", () => {
  it("has every leg-movement column, each leg's movements and the time asleep: the parity above covers them", () => {
    const report = measured as unknown as Report;
    expect(SAME_CELLS.filter((key) => !report.columns.includes(key))).toEqual([]);
    expect(report.markdown).toContain("| 40 (L 22 · R 18) | 40 | 5 | 0.97 | 6.7 (6 h 0 min) |");
  });
});
