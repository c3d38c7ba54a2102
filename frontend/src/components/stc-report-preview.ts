/**
 * The doctor report on screen: the same content as the printed page, from the same model.
 * The nights are a table where all its columns fit, else one card per night (a phone, or a
 * tablet with the leg-movement columns): no column is ever hidden behind a sideways scroll.
 */
import { LitElement, type PropertyValues, css, html, nothing } from "lit";
import { property, state } from "lit/decorators.js";
import { define } from "../define";
import type { ReportModel, Section } from "../report-model";
import { sharedStyles } from "../styles";
import { type TableFit, nextTableFit } from "../table-fit";

export class StcReportPreview extends LitElement {
  @property({ attribute: false }) public model!: ReportModel;

  /** Whether the nights are shown as cards, the table being wider than the report. */
  @state() private _fit: TableFit = { cards: false, tableWidth: 0 };

  private _resizes = new ResizeObserver(() => this._measure());

  connectedCallback(): void {
    super.connectedCallback();
    this._resizes.observe(this);
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this._resizes.disconnect();
  }

  protected willUpdate(changed: PropertyValues<this>): void {
    // Other nights or columns: the table is measured again.
    if (changed.has("model")) this._fit = { cards: false, tableWidth: 0 };
  }

  protected updated(): void {
    this._measure();
  }

  private _measure(): void {
    const wrap = this.renderRoot.querySelector<HTMLElement>(".table-wrap");
    if (wrap) this._fit = nextTableFit(this._fit, wrap);
  }

  private _section(section: Section) {
    if ("items" in section) {
      return html`<dl class="facts">
        ${section.items.map((item) => html`<dt>${item.label}</dt><dd data-summary=${item.key}>${item.value}</dd>`)}
      </dl>`;
    }
    if ("columns" in section) {
      return html`<div
        class="table-wrap ${this._fit.cards ? "cards" : ""}"
        tabindex="0"
        role="region"
        aria-label=${section.heading}
      >
        <table class="report-nights">
          <thead>
            <tr>
              ${section.columns.map((column) => html`<th scope="col" data-column=${column.key}>${column.label}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${section.rows.map(
              (row) => html`<tr data-night=${row.night}>
                ${row.cells.map((cell, index) => {
                  const column = section.columns[index];
                  return html`<td data-column=${column?.key ?? ""} data-label=${column?.label ?? ""}>${cell}</td>`;
                })}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
    }
    return html`<ul class=${section.pre ? "pre" : ""}>
      ${section.lines.map((line) => html`<li>${line.name === undefined ? nothing : html`<strong>${line.name}</strong>`}${line.text}</li>`)}
    </ul>`;
  }

  protected render() {
    const model = this.model;
    return html`<article class="report" lang=${model.language}>
      <h2 class="title">${model.title}</h2>
      <p class="secondary">${model.range}</p>
      ${model.sections.map(
        (section) => html`<section data-section=${section.key}>
          <h3>${section.heading}</h3>
          ${this._section(section)}
        </section>`,
      )}
      <p class="disclaimer">${model.disclaimer}</p>
    </article>`;
  }

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      h3 {
        margin-top: 16px;
      }
      ul {
        margin: 0;
        padding-left: 20px;
      }
      .pre li {
        white-space: pre-wrap;
      }
      .table-wrap {
        overflow-x: auto;
      }
      table {
        border-collapse: collapse;
        font-size: 0.85rem;
        min-width: 100%;
      }
      th,
      td {
        border: 1px solid var(--stc-divider);
        padding: 4px 6px;
        text-align: left;
        vertical-align: top;
      }
      th {
        background: var(--secondary-background-color, #f5f5f5);
        font-weight: 500;
      }
      td[data-column="night"] {
        white-space: nowrap;
      }
      /* Where the table does not fit, each night is a card of its own, one labelled line per column. */
      .cards table,
      .cards tr,
      .cards td {
        display: block;
      }
      /* Side by side where two or more fit (a phone held sideways, a tablet). */
      .cards tbody {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(300px, 100%), 1fr));
        gap: 8px;
      }
      .cards thead {
        display: none;
      }
      .cards tr {
        border: 1px solid var(--stc-divider);
        border-radius: 8px;
        padding: 4px 8px;
      }
      .cards td {
        border: none;
        padding: 2px 0;
        display: grid;
        grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
        gap: 8px;
      }
      .cards td::before {
        content: attr(data-label);
        color: var(--stc-secondary-text);
      }
      .cards td[data-column="night"] {
        display: block;
        font-weight: 500;
      }
      .cards td[data-column="night"]::before {
        content: none;
      }
      .disclaimer {
        margin-top: 16px;
        padding-top: 8px;
        border-top: 1px solid var(--stc-divider);
        font-weight: 500;
      }
      @media print {
        :host {
          color: #000;
        }
        th,
        td {
          border-color: #000;
        }
        tr {
          break-inside: avoid;
        }
      }
    `,
  ];
}

define("stc-report-preview", StcReportPreview);

declare global {
  interface HTMLElementTagNameMap {
    "stc-report-preview": StcReportPreview;
  }
}
