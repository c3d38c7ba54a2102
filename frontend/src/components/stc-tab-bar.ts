/** A row of tabs (WAI-ARIA tabs pattern): arrow keys, Home and End move and select. */
import { LitElement, css, html } from "lit";
import { property } from "lit/decorators.js";
import { define } from "../define";
import { nextTab } from "../keyboard";
import { sharedStyles } from "../styles";

export interface Tab {
  id: string;
  label: string;
}

export class StcTabBar extends LitElement {
  @property({ attribute: false }) public tabs: Tab[] = [];

  @property() public selected = "";

  /** The tab list's accessible name. */
  @property() public label = "";

  protected render() {
    return html`<div role="tablist" aria-label=${this.label} @keydown=${this._keydown}>
      ${this.tabs.map(
        (tab) => html`<button
          role="tab"
          class="tab"
          data-tab=${tab.id}
          id=${`tab-${tab.id}`}
          aria-selected=${tab.id === this.selected ? "true" : "false"}
          tabindex=${tab.id === this.selected ? 0 : -1}
          @click=${() => this._select(tab.id)}
        >
          ${tab.label}
        </button>`,
      )}
    </div>`;
  }

  private _keydown(event: KeyboardEvent): void {
    const index = this.tabs.findIndex((tab) => tab.id === this.selected);
    const next = this.tabs[nextTab(Math.max(index, 0), event.key, this.tabs.length)];
    if (!next || next.id === this.selected) return;
    event.preventDefault();
    this._select(next.id);
    this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLButtonElement>(`[data-tab="${CSS.escape(next.id)}"]`)?.focus(),
    );
  }

  private _select(id: string): void {
    if (id === this.selected) return;
    this.selected = id;
    this.dispatchEvent(new CustomEvent<{ id: string }>("tab-selected", { detail: { id } }));
  }

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      [role="tablist"] {
        display: flex;
        overflow-x: auto;
        scrollbar-width: none;
      }
      .tab {
        flex: 0 0 auto;
        min-height: 48px;
        padding: 0 16px;
        border: none;
        border-bottom: 2px solid transparent;
        background: none;
        color: var(--stc-tab-text, var(--stc-secondary-text));
        font-weight: 500;
        text-transform: var(--stc-tab-transform, none);
      }
      .tab[aria-selected="true"] {
        color: var(--stc-tab-selected, var(--stc-primary));
        border-bottom-color: currentColor;
      }
      .tab:focus-visible {
        outline-offset: -2px;
      }
    `,
  ];
}

define("stc-tab-bar", StcTabBar);

declare global {
  interface HTMLElementTagNameMap {
    "stc-tab-bar": StcTabBar;
  }
}
