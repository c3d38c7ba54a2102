/**
 * The doctor report as a complete, self-contained HTML page to print from a window of its own
 * (printing the panel would print Home Assistant's sidebar too). Every text is escaped: notes,
 * the sleeper's name and even translations are user input here.
 */
import type { Texts } from "./format";
import { type Line, type ReportModel, type Section, reportModel } from "./report-model";
import type { Report } from "./types";

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);

/** The printable width of an A4 page with these margins: 210 mm less 2 × 15 mm. */
export const PRINTABLE_WIDTH_MM = 180;

// A fixed table layout with wrapping cells keeps every column on the page; the columns not
// sized here (body parts, factors, symptoms) share what is left: 60 % without measurements,
// 22 % with every leg-movement column.
const PRINT_STYLE = `
@page { size: A4; margin: 15mm; }
* { box-sizing: border-box; }
html, body { background: #fff; color: #000; }
body { font: 9.5pt/1.35 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; margin: 0; }
h1 { font-size: 16pt; margin: 0 0 2pt; }
h2 { font-size: 12pt; margin: 12pt 0 4pt; break-after: avoid; }
.range { margin: 0 0 6pt; }
dl { display: grid; grid-template-columns: max-content auto; gap: 2pt 12pt; margin: 0; }
dt { font-weight: 600; }
dd { margin: 0; }
ul { margin: 0; padding-left: 16pt; }
li { break-inside: avoid; }
table { width: 100%; table-layout: fixed; border-collapse: collapse; font-size: 8pt; line-height: 1.25; }
th, td { border: 0.75pt solid #000; padding: 1.5pt 3pt; text-align: left; vertical-align: top; overflow-wrap: anywhere; hyphens: auto; }
th { background: #eee; font-weight: 600; }
th[data-column="night"] { width: 11%; }
th[data-column="twitches"] { width: 14%; }
th[data-column="woke_up"] { width: 6%; }
th[data-column="bedroom"] { width: 9%; }
th[data-column="limb_movements"], th[data-column="plms_index"] { width: 9%; }
th[data-column="periodic_limb_movements"], th[data-column="plm_index"] { width: 6%; }
th[data-column="periodicity_index"] { width: 8%; }
td[data-column="night"] { white-space: nowrap; overflow-wrap: normal; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
.pre li { white-space: pre-wrap; }
.disclaimer { margin-top: 14pt; padding-top: 6pt; border-top: 0.75pt solid #000; font-weight: 600; break-inside: avoid; }
@media screen { body { max-width: ${PRINTABLE_WIDTH_MM + 10}mm; margin: 10mm auto; padding: 0 5mm; } }
`;

const line = ({ name, text }: Line): string =>
  `<li>${name === undefined ? "" : `<strong>${escapeHtml(name)}</strong>`}${escapeHtml(text)}</li>`;

const sectionBody = (section: Section): string => {
  if ("items" in section) {
    return `<dl>${section.items.map((item) => `<dt>${escapeHtml(item.label)}</dt><dd>${escapeHtml(item.value)}</dd>`).join("")}</dl>`;
  }
  if ("columns" in section) {
    const keys = section.columns.map((column) => escapeHtml(column.key));
    return [
      "<table><thead><tr>",
      section.columns.map((column, index) => `<th scope="col" data-column="${keys[index]}">${escapeHtml(column.label)}</th>`).join(""),
      "</tr></thead><tbody>",
      section.rows
        .map(
          (row) =>
            `<tr data-night="${escapeHtml(row.night)}">${row.cells
              .map((cell, index) => `<td data-column="${keys[index]}">${escapeHtml(cell)}</td>`)
              .join("")}</tr>`,
        )
        .join(""),
      "</tbody></table>",
    ].join("");
  }
  return `<ul${section.pre ? ' class="pre"' : ""}>${section.lines.map(line).join("")}</ul>`;
};

/** The page's body from the report's content. */
export const documentBody = (model: ReportModel): string =>
  [
    `<h1>${escapeHtml(model.title)}</h1>`,
    `<p class="range">${escapeHtml(model.range)}</p>`,
    ...model.sections.map(
      (section) =>
        `<section data-section="${escapeHtml(section.key)}"><h2>${escapeHtml(section.heading)}</h2>${sectionBody(section)}</section>`,
    ),
    `<p class="disclaimer">${escapeHtml(model.disclaimer)}</p>`,
  ].join("");

/** The whole printable page for a report. */
export const reportDocument = (report: Report, texts: Texts): string => {
  const model = reportModel(report, texts);
  return [
    "<!DOCTYPE html>",
    `<html lang="${escapeHtml(model.language)}">`,
    '<head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(model.title)}</title>`,
    `<style>${PRINT_STYLE}</style></head>`,
    `<body>${documentBody(model)}</body>`,
    "</html>",
  ].join("\n");
};

/**
 * Print `html` from a new window; when the browser blocks the window, print the page itself
 * (the panel's print styles hide its own controls; Home Assistant's sidebar may still show).
 */
export const printDocument = (html: string, win: Window = window): void => {
  const printWindow = win.open("", "_blank");
  if (!printWindow) {
    win.print();
    return;
  }
  printWindow.document.open();
  printWindow.document.write(html);
  printWindow.document.close();
  printWindow.focus();
  const print = (): void => printWindow.print();
  if (printWindow.document.readyState === "complete") print();
  else printWindow.addEventListener("load", print, { once: true });
};
