/** Doctor: the checklist, the report for 14/30/90 nights, printing it and downloading the journal. */
import { LitElement, css, html, nothing } from "lit";
import { property, state } from "lit/decorators.js";
import { errorMessage, fetchExport, fetchReport } from "../api";
import "../components/stc-checklist";
import "../components/stc-report-preview";
import { define } from "../define";
import { Fetched, KeptAnswers } from "../fetched";
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

  /** The panel's answers kept while it is open. */
  @property({ attribute: false }) public kept = new KeptAnswers();

  @state() private _nights: number = REPORT_RANGES[0];

  private _report = new Fetched<Report>(this, () => this.texts.t("panel.error"));

  /** Why the latest download failed, or "". */
  @state() private _exportError = "";

  @state() private _exporting?: ExportFormat;

  protected willUpdate(): void {
    const { entryId, hass, _nights: nights } = this;
    this._report.need(
      `${entryId}|${this.event.tonight}|${this.event.revision}|${nights}`,
      () => fetchReport(hass, entryId, nights),
      { answers: this.kept, slot: `report|${entryId}|${nights}` },
    );
  }

  protected render() {
    const { t } = this.texts;
    const { value: report, error } = this._report;
    const shownError = this._exportError || error;
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
            <button id="print" class="button filled print" ?disabled=${!this._report.current} @click=${this._print}>
              ${t("doctor.print")}
            </button>
            ${this._downloadButton("csv", t("doctor.download_csv"))}
            ${this._downloadButton("json", t("doctor.download_json"))}
          </div>
        </div>
        ${shownError ? html`<p class="error" role="alert">${shownError}</p>` : nothing}
        ${this.event.notes_visible ? nothing : html`<p class="secondary notes-hidden">${t("doctor.notes_hidden")}</p>`}
        ${report
          ? html`<stc-report-preview
              id="report"
              class=${this._report.current ? "" : "stale"}
              aria-busy=${this._report.current ? "false" : "true"}
              .model=${reportModel(report, this.texts)}
            ></stc-report-preview>`
          : error
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
    // Only the report for the nights chosen, never one kept from before.
    const report = this._report.value;
    if (report && this._report.current) printDocument(reportDocument(report, this.texts));
  }

  private async _download(format: ExportFormat): Promise<void> {
    this._exporting = format;
    this._exportError = "";
    try {
      const { filename, content } = await fetchExport(this.hass, this.entryId, format);
      saveFile(document, downloadName(filename, format), content, MIME_TYPES[format]);
    } catch (error) {
      this._exportError = errorMessage(error, this.texts.t("panel.error"));
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
      .stale {
        opacity: 0.5;
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
