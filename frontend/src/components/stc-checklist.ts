/** The doctor-visit checklist: every criterion, met or not, with its evidence. */
import { LitElement, css, html, nothing } from "lit";
import { property } from "lit/decorators.js";
import { metFirst } from "../criteria";
import { define } from "../define";
import { type Texts, evidenceItems } from "../format";
import { sharedStyles } from "../styles";
import type { CoachEvent, Criterion } from "../types";

export class StcChecklist extends LitElement {
  @property({ attribute: false }) public checklist!: CoachEvent["checklist"];

  @property({ attribute: false }) public texts!: Texts;

  protected render() {
    const { t } = this.texts;
    const { score, threshold, recommended, criteria } = this.checklist;
    return html`<h2>${t("doctor.checklist")}</h2>
      <p class="verdict ${recommended ? "recommended" : ""}" id="checklist-verdict">
        ${recommended ? t("doctor.recommended") : t("doctor.not_recommended")}
      </p>
      <p class="secondary">${t("doctor.score", { score, threshold })}</p>
      <ul class="criteria">
        ${metFirst(criteria).map((criterion) => this._renderCriterion(criterion))}
      </ul>`;
  }

  private _renderCriterion(criterion: Criterion) {
    const { t, names } = this.texts;
    const items = evidenceItems(criterion.evidence ?? {}, this.texts);
    const state = criterion.met ? t("doctor.met") : t("doctor.not_met");
    return html`<li class="criterion ${criterion.met ? "met" : ""}" data-criterion=${criterion.criterion}>
      <span class="mark" aria-hidden="true">${criterion.met ? "●" : "○"}</span>
      <div>
        <span class="name">${names("criterion", criterion.criterion)}</span>
        <span class="state">${state}</span>
        ${items.length
          ? html`<dl class="facts evidence">
              ${items.map((item) => html`<dt>${item.label}</dt><dd data-evidence=${item.key}>${item.value}</dd>`)}
            </dl>`
          : nothing}
      </div>
    </li>`;
  }

  static styles = [
    sharedStyles,
    css`
      .verdict {
        font-weight: 500;
        margin: 0 0 4px;
      }
      .verdict.recommended {
        color: var(--stc-warning-text);
      }
      .criteria {
        list-style: none;
        margin: 12px 0 0;
        padding: 0;
      }
      .criterion {
        display: flex;
        gap: 10px;
        padding: 8px 0;
        border-top: 1px solid var(--stc-divider);
      }
      .mark {
        flex: none;
        width: 1em;
        color: var(--stc-secondary-text);
      }
      .met .mark {
        color: var(--stc-warning-text);
      }
      .name {
        display: block;
      }
      .met .name {
        font-weight: 500;
      }
      .state {
        font-size: 0.85rem;
        color: var(--stc-secondary-text);
      }
      .evidence {
        margin-top: 4px;
        font-size: 0.9rem;
      }
    `,
  ];
}

define("stc-checklist", StcChecklist);

declare global {
  interface HTMLElementTagNameMap {
    "stc-checklist": StcChecklist;
  }
}
