/** The "Sleep coach" panel: a header, one tab per sleeper, one tab per view. */
import { LitElement, css, html, nothing, unsafeCSS } from "lit";
import { property, state } from "lit/decorators.js";
import { errorMessage, fetchSleepers } from "./api";
import { CoachSubscription } from "./coach-subscription";
import "./components/stc-tab-bar";
import { define } from "./define";
import { KeptAnswers } from "./fetched";
import type { Texts } from "./format";
import { heatVariables } from "./heat-scale";
import { loadLocalize } from "./localize";
import { loadNames } from "./names";
import { openingSleeper, readSelection, writeSelection } from "./selection";
import { sharedStyles } from "./styles";
import type { CoachEvent, HomeAssistant, PanelInfo, Sleeper, View } from "./types";
import { VIEWS } from "./types";
import "./views/stc-doctor-view";
import "./views/stc-nights-view";
import "./views/stc-tonight-view";
import "./views/stc-what-helps-view";

const STORAGE_KEY = "sleep_twitch_coach.sleeper";
/** Set when the panel is first shown; the heat map's paint time is measured from it. */
export const PANEL_CONNECTED = "sleep-twitch-coach:panel-connected";
const MENU_ICON = "M3,6H21V8H3V6M3,11H21V13H3V11M3,16H21V18H3V16Z";

const stored = (): string | null => {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
};

export class SleepTwitchCoachPanel extends LitElement {
  @property({ attribute: false }) public hass?: HomeAssistant;

  @property({ type: Boolean, reflect: true }) public narrow = false;

  @property({ attribute: false }) public panel?: PanelInfo;

  @state() private _texts?: Texts;

  @state() private _sleepers?: Sleeper[];

  @state() private _sleeper?: string;

  @state() private _view: View = readSelection(location.search).view ?? "tonight";

  @state() private _error?: string;

  private _languageKey?: string;

  /** Each sleeper's fetched data, kept while the panel is open: switching views shows it at once. */
  private _kept = new KeptAnswers();

  /** A removed sleeper's tab goes: the sleepers are asked for again. */
  private _coach = new CoachSubscription(this, () => {
    if (this.hass) this._loadSleepers(this.hass);
  });

  connectedCallback(): void {
    super.connectedCallback();
    if (!performance.getEntriesByName(PANEL_CONNECTED).length) performance.mark(PANEL_CONNECTED);
  }

  protected willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has("_sleeper")) this._coach.follow(this.hass, this._sleeper);
    if (!changed.has("hass") || !this.hass) return;
    // Native controls (checkboxes, selects) follow the theme too.
    this.toggleAttribute("dark", Boolean(this.hass.themes?.darkMode));
    const locale = this.hass.locale?.language ?? this.hass.language;
    const key = `${this.hass.language}|${locale}|${this.hass.locale?.time_format ?? ""}`;
    if (key !== this._languageKey) {
      this._languageKey = key;
      this._loadTexts(this.hass, locale, key);
    }
    if (!changed.get("hass") && this._sleepers === undefined) this._loadSleepers(this.hass);
  }

  private async _loadTexts(hass: HomeAssistant, locale: string, key: string): Promise<void> {
    const t = await loadLocalize(hass.language, locale);
    const names = await loadNames(hass, t);
    // A later change of language may have finished first.
    if (key === this._languageKey) this._texts = { t, names, timeFormat: hass.locale?.time_format };
  }

  private async _loadSleepers(hass: HomeAssistant): Promise<void> {
    try {
      this._sleepers = await fetchSleepers(hass);
      this._sleeper = openingSleeper(this._sleepers, location.search, stored());
      this._error = undefined;
    } catch (error) {
      this._sleepers = [];
      this._error = this._errorText(error);
    }
  }

  private _errorText(error: unknown): string {
    return errorMessage(error, this._texts?.t("panel.error") ?? "Something went wrong.");
  }

  private _remember(): void {
    const search = writeSelection(location.search, { sleeper: this._sleeper, view: this._view });
    history.replaceState(history.state, "", `${location.pathname}${search}${location.hash}`);
    try {
      if (this._sleeper) localStorage.setItem(STORAGE_KEY, this._sleeper);
    } catch {
      // Storage may be disabled (private mode); the query string still remembers.
    }
  }

  private _selectSleeper(event: CustomEvent<{ id: string }>): void {
    this._sleeper = event.detail.id;
    this._error = undefined;
    this._remember();
  }

  private _selectView(event: CustomEvent<{ id: string }>): void {
    const view = event.detail.id as View;
    // Another view starts at its top, not where the last one was scrolled to.
    if (view !== this._view) window.scrollTo({ top: 0 });
    this._view = view;
    this._remember();
  }

  private _toggleMenu(): void {
    this.dispatchEvent(new CustomEvent("hass-toggle-menu", { bubbles: true, composed: true }));
  }

  protected render() {
    const texts = this._texts;
    const title = texts?.t("panel.title") ?? "Sleep coach";
    return html`<header class="header">
        <div class="toolbar">
          ${this.narrow
            ? html`<button class="menu" aria-label=${texts?.t("panel.menu") ?? "Menu"} @click=${this._toggleMenu}>
                <svg viewBox="0 0 24 24" aria-hidden="true"><path d=${MENU_ICON}></path></svg>
              </button>`
            : nothing}
          <h1 class="title">${title}</h1>
        </div>
        ${texts ? this._renderTabs(texts) : nothing}
      </header>
      <main>${this._renderContent(texts)}</main>`;
  }

  private _renderTabs({ t }: Texts) {
    const sleepers = this._sleepers ?? [];
    return html`${sleepers.length > 1
        ? html`<stc-tab-bar
            id="sleeper-tabs"
            class="sleepers"
            .label=${t("panel.sleepers")}
            .tabs=${sleepers.map((sleeper) => ({ id: sleeper.entry_id, label: sleeper.title }))}
            .selected=${this._sleeper ?? ""}
            @tab-selected=${this._selectSleeper}
          ></stc-tab-bar>`
        : nothing}
      ${sleepers.length
        ? html`<stc-tab-bar
            id="view-tabs"
            class="views"
            .label=${t("panel.views")}
            .tabs=${VIEWS.map((view) => ({ id: view, label: t(`view.${view}`) }))}
            .selected=${this._view}
            @tab-selected=${this._selectView}
          ></stc-tab-bar>`
        : nothing}`;
  }

  private _renderContent(texts: Texts | undefined) {
    const failure = this._error ?? (this._coach.error === undefined ? undefined : this._errorText(this._coach.error));
    if (failure) return html`<p class="error" role="alert">${failure}</p>`;
    if (!texts || !this.hass || this._sleepers === undefined) {
      return html`<p class="secondary">${texts?.t("panel.loading") ?? ""}</p>`;
    }
    if (!this._sleepers.length || !this._sleeper) {
      return html`<p class="secondary empty">${texts.t("panel.no_sleepers")}</p>`;
    }
    const label = texts.t(`view.${this._view}`);
    return html`<div role="tabpanel" id="view" class="view" aria-label=${label} data-view=${this._view}>
      ${this._coach.event
        ? this._renderView(this.hass, this._sleeper, this._coach.event, texts)
        : html`<p class="secondary">${texts.t("panel.loading")}</p>`}
    </div>`;
  }

  private _renderView(hass: HomeAssistant, entryId: string, event: CoachEvent, texts: Texts) {
    switch (this._view) {
      case "tonight":
        return html`<stc-tonight-view .hass=${hass} .entryId=${entryId} .event=${event} .texts=${texts} .kept=${this._kept}></stc-tonight-view>`;
      case "nights":
        return html`<stc-nights-view .hass=${hass} .entryId=${entryId} .event=${event} .texts=${texts} .kept=${this._kept}></stc-nights-view>`;
      case "what_helps":
        return html`<stc-what-helps-view
          .hass=${hass}
          .entryId=${entryId}
          .event=${event}
          .texts=${texts}
          .kept=${this._kept}
        ></stc-what-helps-view>`;
      case "doctor":
        return html`<stc-doctor-view .hass=${hass} .entryId=${entryId} .event=${event} .texts=${texts} .kept=${this._kept}></stc-doctor-view>`;
    }
  }

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        min-height: 100vh;
        background: var(--primary-background-color, #fafafa);
        color-scheme: light;
        ${unsafeCSS(heatVariables("light"))}
      }
      :host([dark]) {
        color-scheme: dark;
        ${unsafeCSS(heatVariables("dark"))}
      }
      .header {
        position: sticky;
        top: 0;
        z-index: 2;
        background: var(--app-header-background-color, var(--primary-color, #03a9f4));
        color: var(--app-header-text-color, var(--text-primary-color, #fff));
        border-bottom: var(--app-header-border-bottom, none);
        --stc-tab-text: var(--app-header-text-color, var(--text-primary-color, #fff));
        --stc-tab-selected: var(--app-header-text-color, var(--text-primary-color, #fff));
      }
      .toolbar {
        display: flex;
        align-items: center;
        height: var(--header-height, 56px);
        padding: 0 12px 0 16px;
        gap: 8px;
      }
      .title {
        font-size: 20px;
        font-weight: 400;
        margin: 0;
        white-space: nowrap;
        overflow: hidden;
        text-overflow: ellipsis;
      }
      .menu {
        display: inline-flex;
        align-items: center;
        justify-content: center;
        width: 48px;
        height: 48px;
        margin-left: -12px;
        border: none;
        border-radius: 50%;
        background: none;
      }
      .menu svg {
        width: 24px;
        height: 24px;
        fill: currentColor;
      }
      stc-tab-bar {
        padding: 0 4px;
      }
      stc-tab-bar + stc-tab-bar {
        border-top: 1px solid color-mix(in srgb, currentColor 20%, transparent);
      }
      main {
        max-width: 1040px;
        margin: 0 auto;
        padding: 16px;
      }
      :host([narrow]) main {
        padding: 12px 8px;
      }
      @media print {
        :host {
          background: #fff;
          min-height: 0;
        }
        .header {
          display: none;
        }
        main {
          padding: 0;
        }
      }
    `,
  ];
}

define("sleep-twitch-coach-panel", SleepTwitchCoachPanel);

declare global {
  interface HTMLElementTagNameMap {
    "sleep-twitch-coach-panel": SleepTwitchCoachPanel;
  }
}
