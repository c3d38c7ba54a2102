/** The doctor report on screen: the same content as the printed page, from the same model. */
import { LitElement, css, html, nothing } from "lit";
import { property } from "lit/decorators.js";
import { define } from "../define";
import type { ReportModel } from "../report-model";
import { sharedStyles } from "../styles";

export class StcReportPreview extends LitElement {
  @property({ attribute: false }) public model!: ReportModel;

  @property({ attribute: false }) public none = "";

  protected render() {
    const model = this.model;
    return html`<article class="report" lang=${model.language}>
      <h2 class="title">${model.title}</h2>
      <p class="secondary">${model.range}</p>
      <h3>${model.summaryHeading}</h3>
      <dl class="facts">
        ${model.summary.map((item) => html`<dt>${item.label}</dt><dd data-summary=${item.key}>${item.value}</dd>`)}
      </dl>
      <h3>${model.criteriaHeading}</h3>
      ${model.criteria.length
        ? html`<ul>
            ${model.criteria.map((line) => html`<li>${line}</li>`)}
          </ul>`
        : html`<p>${this.none}</p>`}
      <h3>${model.nightsHeading}</h3>
      <div class="table-wrap" tabindex="0" role="region" aria-label=${model.nightsHeading}>
        <table class="report-nights">
          <thead>
            <tr>
              ${model.columns.map((column) => html`<th scope="col">${column}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${model.rows.map(
              (row) => html`<tr data-night=${row.night}>
                ${row.cells.map((cell) => html`<td>${cell}</td>`)}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${model.notes.length
        ? html`<h3>${model.notesHeading}</h3>
            <ul class="notes">
              ${model.notes.map((note) => html`<li>${note.label}: ${note.text}</li>`)}
            </ul>`
        : nothing}
      ${model.insights.length
        ? html`<h3>${model.triggersHeading}</h3>
            <ul>
              ${model.insights.map((line) => html`<li>${line}</li>`)}
            </ul>`
        : nothing}
      <p class="disclaimer">${model.disclaimer}</p>
    </article>`;
  }

  static styles = [
    sharedStyles,
    css`
      h3 {
        margin-top: 16px;
      }
      ul {
        margin: 0;
        padding-left: 20px;
      }
      .notes li {
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
