/**
 * The doctor report as a complete, self-contained HTML page to print from a window of its own
 * (printing the panel would print Home Assistant's sidebar too). Every text is escaped: notes,
 * the sleeper's name and even translations are user input here.
 */
import type { Texts } from "./format";
import { type ReportModel, reportModel } from "./report-model";
import type { Report } from "./types";

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);

const PRINT_STYLE = `
@page { size: A4; margin: 15mm; }
* { box-sizing: border-box; }
html, body { background: #fff; color: #000; }
body { font: 10.5pt/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; margin: 0; }
h1 { font-size: 17pt; margin: 0 0 2pt; }
h2 { font-size: 12.5pt; margin: 14pt 0 5pt; break-after: avoid; }
.range { margin: 0 0 8pt; }
dl { display: grid; grid-template-columns: max-content auto; gap: 2pt 12pt; margin: 0; }
dt { font-weight: 600; }
dd { margin: 0; }
ul { margin: 0; padding-left: 16pt; }
li { break-inside: avoid; }
table { width: 100%; border-collapse: collapse; font-size: 9pt; }
th, td { border: 0.75pt solid #000; padding: 2pt 4pt; text-align: left; vertical-align: top; }
th { background: #eee; }
td:first-child { white-space: nowrap; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
.notes li { white-space: pre-wrap; }
.disclaimer { margin-top: 16pt; padding-top: 6pt; border-top: 0.75pt solid #000; font-weight: 600; break-inside: avoid; }
@media screen { body { max-width: 190mm; margin: 10mm auto; padding: 0 8mm; } }
`;

const list = (items: string[], className = ""): string =>
  `<ul${className ? ` class="${className}"` : ""}>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</ul>`;

/** The page's body from the report's content. */
export const documentBody = (model: ReportModel, none: string): string => {
  const parts = [
    `<h1>${escapeHtml(model.title)}</h1>`,
    `<p class="range">${escapeHtml(model.range)}</p>`,
    `<h2>${escapeHtml(model.summaryHeading)}</h2>`,
    `<dl>${model.summary.map((item) => `<dt>${escapeHtml(item.label)}</dt><dd>${escapeHtml(item.value)}</dd>`).join("")}</dl>`,
    `<h2>${escapeHtml(model.criteriaHeading)}</h2>`,
    model.criteria.length ? list(model.criteria) : `<p>${escapeHtml(none)}</p>`,
    `<h2>${escapeHtml(model.nightsHeading)}</h2>`,
    "<table><thead><tr>",
    model.columns.map((column) => `<th scope="col">${escapeHtml(column)}</th>`).join(""),
    "</tr></thead><tbody>",
    model.rows
      .map(
        (row) =>
          `<tr data-night="${escapeHtml(row.night)}">${row.cells.map((cell) => `<td>${escapeHtml(cell)}</td>`).join("")}</tr>`,
      )
      .join(""),
    "</tbody></table>",
  ];
  if (model.notes.length) {
    parts.push(
      `<h2>${escapeHtml(model.notesHeading)}</h2>`,
      list(model.notes.map((note) => `${note.label}: ${note.text}`), "notes"),
    );
  }
  if (model.insights.length) {
    parts.push(`<h2>${escapeHtml(model.triggersHeading)}</h2>`, list(model.insights));
  }
  parts.push(`<p class="disclaimer">${escapeHtml(model.disclaimer)}</p>`);
  return parts.join("");
};

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
    `<body>${documentBody(model, texts.t("report.none"))}</body>`,
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
