/** The log buttons' status line: "Logged: …" with "Undo" beside it, and the error line. */
import { css, html, nothing } from "lit";
import type { ActionState } from "../action-state";
import type { Texts } from "../format";
import type { UndoOffer } from "../undo-offer";

export const statusLine = (action: ActionState, undo: UndoOffer, { t }: Texts, onUndo: () => void) =>
  html`<div class="status-line">
      <p class="status" role="status">${action.status}</p>
      ${undo.offered && action.status
        ? html`<button
            id="undo-log"
            class="button undo"
            aria-label=${t("undo.label", { what: undo.offered.label })}
            ?disabled=${action.busy}
            @click=${onUndo}
          >
            ${t("undo.button")}
          </button>`
        : nothing}
    </div>
    ${action.error ? html`<p class="error" role="alert">${action.error}</p>` : nothing}`;

export const statusLineStyles = css`
  .status-line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 12px;
    min-height: 1.4em;
    margin: 8px 0 0;
  }
  .status-line .status {
    margin: 0;
  }
  .button.undo {
    min-height: 36px;
    padding: 4px 14px;
  }
`;
