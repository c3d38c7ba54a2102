/** Doctor: the checklist, the report for 14/30/90 nights, printing it and downloading the journal. */
import { LitElement, css, html, nothing } from "lit";
import { property, state } from "lit/decorators.js";
import { errorMessage, fetchExport, fetchReport } from "../api";
import "../components/stc-checklist";
import "../components/stc-report-preview";
import { define } from "../define";
import { MIME_TYPES, downloadName, saveFile } from "../download";
import type { Texts } from "../format";
import { printDocument, reportDocument } from "../report-document";
import { reportModel } from "../report-model";
import { sharedStyles } from "../styles";
import type { CoachEvent, ExportFormat, HomeAssistant, Report } from "../types";

export const REPORT_RANGES = [14, 30, 90] as const;

export class StcDoctorView extends LitElement {
  @property({ attribute: false }) public hass!: HomeAssistant;

  @property({ attribute: false }) public entryId!: string;

  @property({ attribute: false }) public event!: CoachEvent;

  @property({ attribute: false }) public texts!: Texts;

  @state() private _nights: number = REPORT_RANGES[0];

  @state() private _report?: Report;

  @state() private _error = "";

  @state() private _exporting?: ExportFormat;

  private _fetchedFor = "";

  protected willUpdate(): void {
    const key = `${this.entryId}|${this.event.tonight}|${this.event.revision}|${this._nights}`;
    if (key === this._fetchedFor) return;
    this._fetchedFor = key;
    this._fetch(key);
  }

  private async _fetch(key: string): Promise<void> {
    try {
      const report = await fetchReport(this.hass, this.entryId, this._nights);
      if (key !== this._fetchedFor) return;
      this._report = report;
      this._error = "";
    } catch (error) {
      if (key === this._fetchedFor) this._error = errorMessage(error, this.texts.t("panel.error"));
    }
  }

  protected render() {
    const { t } = this.texts;
    return html`<section class="card checklist">
        <stc-checklist .checklist=${this.event.checklist} .texts=${this.texts}></stc-checklist>
      </section>
      <section class="card">
        <div class="controls">
          <div class="ranges" role="group" aria-label=${t("doctor.range")}>
            ${REPORT_RANGES.map(
              (nights) => html`<button
                id=${`range-${nights}`}
                class="button range"
                data-nights=${nights}
                aria-pressed=${nights === this._nights ? "true" : "false"}
                @click=${() => (this._nights = nights)}
              >
                ${t("doctor.range_option", { count: nights })}
              </button>`,
            )}
          </div>
          <div class="actions">
            <button id="print" class="button filled print" ?disabled=${!this._report} @click=${this._print}>
              ${t("doctor.print")}
            </button>
            ${this._downloadButton("csv", t("doctor.download_csv"))}
            ${this._downloadButton("json", t("doctor.download_json"))}
          </div>
        </div>
        ${this._error ? html`<p class="error" role="alert">${this._error}</p>` : nothing}
        ${this.event.notes_visible ? nothing : html`<p class="secondary notes-hidden">${t("doctor.notes_hidden")}</p>`}
        ${this._report
          ? html`<stc-report-preview
              id="report"
              .model=${reportModel(this._report, this.texts)}
              .none=${t("report.none")}
            ></stc-report-preview>`
          : this._error
            ? nothing
            : html`<p class="secondary">${t("panel.loading")}</p>`}
      </section>`;
  }

  private _downloadButton(format: ExportFormat, label: string) {
    return html`<button
      id=${`download-${format}`}
      class="button download-${format}"
      ?disabled=${this._exporting !== undefined}
      @click=${() => this._download(format)}
    >
      ${label}
    </button>`;
  }

  private _print(): void {
    if (this._report) printDocument(reportDocument(this._report, this.texts));
  }

  private async _download(format: ExportFormat): Promise<void> {
    this._exporting = format;
    this._error = "";
    try {
      const { filename, content } = await fetchExport(this.hass, this.entryId, format);
      saveFile(document, downloadName(filename, format), content, MIME_TYPES[format]);
    } catch (error) {
      this._error = errorMessage(error, this.texts.t("panel.error"));
    } finally {
      this._exporting = undefined;
    }
  }

  static styles = [
    sharedStyles,
    css`
      .controls {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        gap: 12px;
        margin-bottom: 16px;
      }
      .ranges,
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
      }
      @media print {
        .checklist,
        .controls {
          display: none;
        }
        .card {
          border: none;
          padding: 0;
        }
      }
    `,
  ];
}

define("stc-doctor-view", StcDoctorView);

declare global {
  interface HTMLElementTagNameMap {
    "stc-doctor-view": StcDoctorView;
  }
}
