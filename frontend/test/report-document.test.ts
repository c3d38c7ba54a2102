import { describe, expect, it, vi } from "vitest";
import { escapeHtml, printDocument, reportDocument } from "../src/report-document";
import { reportModel } from "../src/report-model";
import { withDefaults } from "../src/rows";
import type { NightRow, Report } from "../src/types";
import { englishTexts } from "./texts";

const texts = englishTexts();

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
    expect(html.replace(/\u202f/g, " ")).toContain("<td>11:40 PM, 1:10 AM</td>");
    expect(html).toContain("<td>Legs, Arms</td>");
    expect(html).toContain("<td>Caffeine after the cutoff</td>");
    expect(html).toContain("<td>Late vigorous exercise</td>");
    expect(html).toContain("<td>19.4 °C</td>");
    expect(html).toContain("<td>Urge to move the legs at rest</td>");
  });

  it("has the summary, the criteria met and the trigger comparisons", () => {
    expect(html).toContain("<dt>Twitch nights</dt><dd>1 / 3</dd>");
    expect(html).toContain("Twitching spreads to the arms or trunk (Nights: Nov 1; Body parts: Arms)");
    expect(html).toContain(
      "Caffeine after the cutoff: 6 of 8 nights with it had twitches; 3 of 20 without.",
    );
    expect(html).toContain("Late vigorous exercise: not enough nights yet (1 with, 27 without).");
  });

  it("adds a PLM index column only when a night was measured", () => {
    expect(html).not.toContain("PLM index");
    const measured = report({ nights: [row("2026-11-01", { limb_movements: 120, periodic_limb_movements: 60, plm_index: 17.25 })] });
    const page = reportDocument(measured, texts);
    expect(page).toContain("<th scope=\"col\">PLM index</th>");
    expect(page).toContain("<td>17.3</td>");
  });

  it("leaves out the notes section for users who may not read notes", () => {
    const page = reportDocument(report({ nights: [row("2026-11-01", { notes: undefined as unknown as string[] })] }), texts);
    expect(page).not.toContain("<h2>Notes</h2>");
    expect(html).toContain("<h2>Notes</h2>");
  });

  it("shares its content with the preview", () => {
    const model = reportModel(report(), texts);
    expect(model.rows).toHaveLength(3);
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
