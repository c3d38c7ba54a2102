import { describe, expect, it, vi } from "vitest";
import { escapeHtml, printDocument, reportDocument } from "../src/report-document";
import { reportModel } from "../src/report-model";
import { withDefaults } from "../src/rows";
import type { NightRow, Report } from "../src/types";
import { englishTexts } from "./texts";

const texts = englishTexts();

const COLUMNS = ["night", "twitches", "woke_up", "body_parts", "triggers", "bedroom", "symptoms"];
const MEASURED = [...COLUMNS, "limb_movements", "periodic_limb_movements", "plm_index"];

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
    }),
    row("2026-10-31", { late_vigorous_exercise: true }),
    row("2026-10-30"),
  ],
  summary: {
    nights: 3,
    twitch_nights: 1,
    twitches: 2,
    woke_up_twitches: 1,
    checklist_score: 1,
    doctor_visit_recommended: false,
    criteria_met: [{ criterion: "spreads_beyond_legs", nights: ["2026-11-01"], body_parts: ["arms"] }],
    insight_nights: 28,
  },
  trigger_insights: [
    {
      trigger: "caffeine_after_cutoff",
      nights_with: 8,
      twitch_nights_with: 6,
      nights_without: 20,
      twitch_nights_without: 3,
      enough_nights: true,
    },
    {
      trigger: "late_exercise",
      nights_with: 1,
      twitch_nights_with: 0,
      nights_without: 27,
      twitch_nights_without: 9,
      enough_nights: false,
    },
  ],
  sections: ["summary", "criteria_met", "nights", "notes", "triggers"],
  columns: COLUMNS,
  ...overrides,
});

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
    expect(html).toContain(cell("triggers", "Caffeine after the cutoff"));
    expect(html).toContain(cell("triggers", "Late vigorous exercise"));
    expect(html).toContain(cell("bedroom", "19.4 °C"));
    expect(html).toContain(cell("symptoms", "Urge to move the legs at rest"));
  });

  it("has the summary, the criteria met and the trigger comparisons", () => {
    expect(html).toContain("<dt>Twitch nights</dt><dd>1 of 3</dd>");
    expect(html).toContain("<li><strong>Twitching spreads to the arms or trunk</strong> (Nights: Nov 1; Body parts: Arms)</li>");
    expect(html).toContain(
      "Caffeine after the cutoff: 6 of 8 nights with it had twitches; 3 of 20 without.",
    );
    expect(html).toContain("Late vigorous exercise: not enough nights yet (1 with, 27 without).");
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

  it("has exactly the sections the integration sends, in its order", () => {
    const sections = (page: string): string[] => [...page.matchAll(/<section data-section="(\w+)"><h2>([^<]*)<\/h2>/g)].map((m) => `${m[1]}: ${m[2]}`);
    expect(sections(html)).toEqual([
      "summary: Summary",
      "criteria_met: Criteria met",
      "nights: Nights",
      "notes: Notes",
      "triggers: Triggers (last 28 nights)",
    ]);
    const page = reportDocument(report({ sections: ["summary", "criteria_met", "nights", "triggers"] }), texts);
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
