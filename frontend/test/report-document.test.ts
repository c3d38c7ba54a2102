import { describe, expect, it, vi } from "vitest";
import { escapeHtml, printDocument, reportDocument } from "../src/report-document";
import { reportModel } from "../src/report-model";
import { withDefaults } from "../src/rows";
import type { NightRow, Report } from "../src/types";
import { comparisonOf, experimentOf } from "./fixtures";
import { englishTexts } from "./texts";

const texts = englishTexts();

const COLUMNS = ["night", "twitches", "woke_up", "body_parts", "factors", "bedroom", "symptoms"];
const MEASURED = [...COLUMNS, "limb_movements", "periodic_limb_movements", "plm_index", "periodicity_index"];

const row = (night: string, overrides: Partial<NightRow> = {}): NightRow => withDefaults({ night, ...overrides });

const report = (overrides: Partial<Report> = {}): Report => ({
  sleeper: "Alex & Sam",
  first_night: "2026-10-30",
  last_night: "2026-11-01",
  temperature_unit: "°C",
  markdown: "",
  nights: [
    row("2026-11-01", {
      twitches: 2,
      twitch_times: ["23:40", "01:10"],
      woke_up_twitches: 1,
      body_parts: ["legs", "arms"],
      caffeine_after_cutoff: true,
      bedroom_temperature_at_bedtime: 19.4,
      symptoms: ["urge_to_move"],
      notes: ['<script>alert("x")</script> & more'],
      recorded: true,
      factors: ["caffeine_after_cutoff", "alcohol", "custom_stretching"],
    }),
    row("2026-10-31", { late_vigorous_exercise: true, recorded: true, factors: ["late_vigorous_exercise"] }),
    row("2026-10-30", { bedroom_temperature_at_bedtime: 18 }),
  ],
  summary: {
    nights: 3,
    recorded_nights: 2,
    twitch_nights: 1,
    twitches: 2,
    woke_up_twitches: 1,
    checklist_score: 1,
    doctor_visit_recommended: false,
    criteria_met: [{ criterion: "spreads_beyond_legs", nights: ["2026-11-01"], body_parts: ["arms"] }],
    compare_nights: 90,
  },
  factors: [
    comparisonOf({ factor: "caffeine_after_cutoff", difference: 0.4, interval: [0.051, 0.684] }),
    comparisonOf({
      factor: "late_vigorous_exercise",
      nights_with: 1,
      twitch_nights_with: 0,
      nights_without: 27,
      twitch_nights_without: 9,
      difference: null,
      interval: null,
      verdict: "not_enough_nights",
    }),
    comparisonOf({ factor: "custom_stretching", name: "Stretching", difference: 0, interval: [-0.3, 0.3], verdict: "no_clear_link" }),
  ],
  experiments: {
    running: experimentOf(),
    finished: [
      experimentOf({
        change: "relaxation",
        keep: "do",
        started: "2026-09-01",
        last_night: "2026-09-14",
        ended: "2026-09-14",
        running: false,
        nights_done: 14,
        nights_recorded: 12,
        nights_kept: 8,
        adherence: 8 / 12,
        difference: -0.125,
        interval: [-0.4, 0.2],
        verdict: "no_clear_change",
        low_adherence: true,
      }),
      experimentOf({
        change: "custom_yoga",
        name: "Yoga <3",
        keep: "do",
        started: "2026-08-01",
        ended: "2026-08-09",
        running: false,
        baseline: null,
        during: { nights: 9, twitch_nights: 3, rate: 1 / 3 },
        nights_recorded: 9,
        nights_kept: 9,
        verdict: "no_baseline",
      }),
    ],
  },
  sections: ["summary", "criteria_met", "nights", "notes", "factors", "experiments"],
  columns: COLUMNS,
  ...overrides,
});

/** The texts of a section's list items. */
const linesOf = (page: string, key: string): string[] => {
  const section = new RegExp(`<section data-section="${key}">(.*?)</section>`).exec(page)?.[1] ?? "";
  return [...section.matchAll(/<li>(.*?)<\/li>/g)].map((match) => match[1] ?? "");
};

describe("the printable report", () => {
  const html = reportDocument(report(), texts);

  it("is a complete A4 page with its own styles", () => {
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain('<html lang="en-US">');
    expect(html).toContain("@page { size: A4; margin: 15mm; }");
    expect(html).toContain("break-inside: avoid");
    expect(html).not.toMatch(/<(script|link|img)\b/i);
  });

  it("escapes every text: a note cannot inject markup", () => {
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more");
    expect(html).toContain("<title>Sleep report for Alex &amp; Sam</title>");
  });

  it("ends with the not-medical-advice line", () => {
    const line = "This report is not medical advice. It is a record to discuss with your doctor.";
    expect(html).toContain(`<p class="disclaimer">${line}</p>`);
    expect(html.indexOf(line)).toBeGreaterThan(html.lastIndexOf("</table>"));
  });

  it("has a row for every night, newest first, with what happened", () => {
    const nights = [...html.matchAll(/<tr data-night="([\d-]+)">/g)].map((match) => match[1]);
    expect(nights).toEqual(["2026-11-01", "2026-10-31", "2026-10-30"]);
    const cell = (column: string, text: string): string => `<td data-column="${column}">${text}</td>`;
    expect(html).toContain(cell("night", "Sun, Nov 1"));
    expect(html.replace(/\u202f/g, " ")).toContain(cell("twitches", "2 (11:40 PM, 1:10 AM)"));
    expect(html).toContain(cell("woke_up", "1"));
    expect(html).toContain(cell("body_parts", "Legs, Arms"));
    expect(html).toContain(cell("factors", "Caffeine after the cutoff, Alcohol, Stretching"));
    expect(html).toContain(cell("factors", "Late vigorous exercise"));
    expect(html).toContain(cell("factors", "—"));
    // A night the journal knows nothing of (a bedtime reading alone) is no calm night.
    expect(html).toContain('<tr data-night="2026-10-30"><td data-column="night">Fri, Oct 30</td><td data-column="twitches">not recorded</td>');
    expect(html).toContain(cell("bedroom", "19.4 °C"));
    expect(html).toContain(cell("symptoms", "Urge to move the legs at rest"));
  });

  it("has the summary, the criteria met and the factors' comparisons, strongest first as sent", () => {
    expect(html).toContain("<dt>Recorded nights</dt><dd>2 of 3</dd><dt>Twitch nights</dt><dd>1 of 3</dd>");
    expect(html).toContain("<li><strong>Twitching spreads to the arms or trunk</strong> (Nights: Nov 1; Body parts: Arms)</li>");
    expect(linesOf(html, "factors")).toEqual([
      "Caffeine after the cutoff: 6 of 10 nights with it had twitches, 4 of 20 without (+40 points, 95 % interval +5 to +68): goes with more twitch nights.",
      "Late vigorous exercise: not enough nights yet (1 with, 27 without).",
      "Stretching: 6 of 10 nights with it had twitches, 4 of 20 without (0 points, 95 % interval -30 to +30): no clear link yet.",
    ]);
  });

  it("has the experiments: the running one, then the finished ones with a warning when kept too little", () => {
    expect(linesOf(html, "experiments")).toEqual([
      "Avoid: Alcohol, since night 2026-11-01: 5 of 14 nights, kept on 4 of 5 recorded nights.",
      "Do: Relaxation, nights 2026-09-01 to 2026-09-14: twitches on 8 of 14 nights before, 1 of 5 during (-12 points, 95 % interval -40 to +20); kept on 8 of 12 recorded nights: no clear change.",
      "Kept on fewer than 80 % of the nights: the result says little.",
      "Do: Yoga &lt;3, nights 2026-08-01 to 2026-08-09: twitches on 3 of 9 nights; kept on 9 of 9 recorded nights: no baseline yet (fewer than 7 recorded nights before it).",
    ]);
  });

  it("says None when there is no factor or experiment", () => {
    const page = reportDocument(report({ factors: [], experiments: { running: null, finished: [] } }), texts);
    expect(linesOf(page, "factors")).toEqual(["None"]);
    expect(linesOf(page, "experiments")).toEqual(["None"]);
  });

  it("has exactly the columns the integration sends, leg movements when it sends them", () => {
    const headings = (page: string): string[] => [...page.matchAll(/<th scope="col" data-column="(\w+)">/g)].map((m) => m[1] ?? "");
    expect(headings(html)).toEqual(COLUMNS);
    expect(html).not.toContain("PLM index");
    const measured = report({
      nights: [row("2026-11-01", { limb_movements: 120, periodic_limb_movements: 60, plm_index: 17.25 }), row("2026-10-31")],
      columns: MEASURED,
    });
    const page = reportDocument(measured, texts);
    expect(headings(page)).toEqual(MEASURED);
    expect(page).toContain('<th scope="col" data-column="plm_index">PLM index</th>');
    expect(page).toContain('<td data-column="limb_movements">120</td><td data-column="periodic_limb_movements">60</td><td data-column="plm_index">17.3</td>');
    expect(page).toContain('<td data-column="limb_movements">—</td>');
  });

  it("shows each leg in the movements' cell, and the PLMS index with the time asleep when sent", () => {
    const both = row("2026-11-01", {
      limb_movements: 40,
      periodic_limb_movements: 40,
      plm_index: 5,
      periodicity_index: 0.97,
      left_leg_movements: 22,
      right_leg_movements: 18,
      time_asleep_min: 360,
      plms_index: 6.7,
    });
    const page = reportDocument(report({ nights: [both, row("2026-10-31")], columns: [...MEASURED, "plms_index"] }), texts);
    expect(page).toContain('<th scope="col" data-column="periodicity_index">Periodicity index</th>');
    expect(page).toContain('<th scope="col" data-column="plms_index">PLMS index (time asleep)</th>');
    expect(page).toContain(
      '<td data-column="limb_movements">40 (L 22 · R 18)</td><td data-column="periodic_limb_movements">40</td>' +
        '<td data-column="plm_index">5</td><td data-column="periodicity_index">0.97</td>' +
        '<td data-column="plms_index">6.7 (6 h 0 min)</td>',
    );
    expect(page).toContain('<td data-column="periodicity_index">—</td><td data-column="plms_index">—</td>');
  });

  it("has exactly the sections the integration sends, in its order", () => {
    const sections = (page: string): string[] => [...page.matchAll(/<section data-section="(\w+)"><h2>([^<]*)<\/h2>/g)].map((m) => `${m[1]}: ${m[2]}`);
    expect(sections(html)).toEqual([
      "summary: Summary",
      "criteria_met: Criteria met",
      "nights: Nights",
      "notes: Notes",
      "factors: What goes with twitch nights (last 90 nights, recorded nights only)",
      "experiments: Experiments",
    ]);
    const page = reportDocument(report({ sections: ["summary", "criteria_met", "nights", "factors"] }), texts);
    expect(page).not.toContain("<h2>Notes</h2>");
  });

  it("shares its content with the preview", () => {
    const model = reportModel(report(), texts);
    const nights = model.sections.find((section) => section.key === "nights");
    expect(nights && "rows" in nights ? nights.rows : []).toHaveLength(3);
    expect(model.title).toBe("Sleep report for Alex & Sam");
    expect(model.range).toBe("Nights Fri, Oct 30, 2026 to Sun, Nov 1, 2026 (3 nights)");
  });

  it("escapes the five HTML-special characters", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });
});

describe("printing", () => {
  it("writes the page into a new window and prints it", () => {
    const doc = { open: vi.fn(), write: vi.fn(), close: vi.fn(), readyState: "complete" };
    const opened = { document: doc, focus: vi.fn(), print: vi.fn(), addEventListener: vi.fn() };
    const win = { open: vi.fn(() => opened), print: vi.fn() } as unknown as Window;
    printDocument("<p>page</p>", win);
    expect(doc.write).toHaveBeenCalledWith("<p>page</p>");
    expect(opened.print).toHaveBeenCalledOnce();
    expect(win.print).not.toHaveBeenCalled();
  });

  it("prints the panel's page when the browser blocks the new window", () => {
    const win = { open: vi.fn(() => null), print: vi.fn() } as unknown as Window;
    printDocument("<p>page</p>", win);
    expect(win.print).toHaveBeenCalledOnce();
  });
});
