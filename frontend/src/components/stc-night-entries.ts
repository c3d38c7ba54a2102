/**
 * What a person logged in one night, oldest first: time and what, and "Remove" (asked twice) for
 * the entries this user may remove, until the server's `removable_until`. Fetched again whenever
 * the journal changes, and after a removal is refused because the entry is gone. Rows are told
 * apart by which entry they show, never by kind and time (two entries may share both).
 */
import { LitElement, css, html, nothing } from "lit";
import { property, state } from "lit/decorators.js";
import { ActionState } from "../action-state";
import { EntryGone, fetchNightEntries, removeEntry } from "../api";
import { define } from "../define";
import { entryClock, entryText, nextExpiry, removableAt } from "../entries";
import { Fetched, KeptAnswers } from "../fetched";
import type { Texts } from "../format";
import { sharedStyles } from "../styles";
import type { HomeAssistant, LoggableFactor, NightEntry } from "../types";

interface ShownEntries {
  night: string;
  entries: NightEntry[];
}

export class StcNightEntries extends LitElement {
  @property({ attribute: false }) public hass!: HomeAssistant;

  @property({ attribute: false }) public entryId!: string;

  @property({ reflect: true, attribute: "data-night" }) public night = "";

  /** The live figures' revision: it changes with the journal, and the list is fetched again. */
  @property({ attribute: false }) public revision = 0;

  /** The sleeper's factors, for custom factors' names and amounts' units. */
  @property({ attribute: false }) public factors: LoggableFactor[] = [];

  @property({ attribute: false }) public heading = "";

  @property({ attribute: false }) public texts!: Texts;

  /** The panel's answers kept while it is open: a list shown again shows at once. */
  @property({ attribute: false }) public kept = new KeptAnswers();

  /** The entry whose removal is being confirmed. */
  @state() private _confirming?: NightEntry;

  /** Entries removed here, left out until the list is fetched again. */
  private _removed = new Set<NightEntry>();

  /** Counts refusals of entries gone meanwhile: each asks for the list again. */
  private _refetches = 0;

  /** Hides the next Remove to expire when it does. */
  private _expiry?: ReturnType<typeof setTimeout>;

  /** What to focus once rendered: the confirmation, the entry's Remove again, or the heading. */
  private _focus?: string;

  private _entries = new Fetched<ShownEntries>(this, () => this.texts.t("panel.error"));

  private _action = new ActionState(this, () => this.texts.t("panel.error"));

  protected willUpdate(): void {
    const { hass, entryId, night } = this;
    if (!hass || !entryId || !night) return;
    this._entries.need(
      `${entryId}|${night}|${this.revision}|${this._refetches}`,
      async () => {
        const entries = await fetchNightEntries(hass, entryId, night);
        this._removed.clear();
        return { night, entries };
      },
      { answers: this.kept, slot: `entries|${entryId}|${night}` },
    );
  }

  public disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this._expiry);
  }

  protected updated(): void {
    clearTimeout(this._expiry);
    const next = nextExpiry(this._entries.value?.entries ?? [], Date.now());
    if (next !== null) this._expiry = setTimeout(() => this.requestUpdate(), next);
    if (!this._focus) return;
    this.renderRoot.querySelector<HTMLElement>(this._focus)?.focus();
    this._focus = undefined;
  }

  protected render() {
    const { t } = this.texts;
    const { error } = this._entries;
    const shown = this._shown();
    const now = Date.now();
    return html`<h3 id="entries-heading" tabindex="-1">${this.heading || t("entries.heading")}</h3>
      ${error ? html`<p class="error" role="alert">${error}</p>` : nothing}
      ${shown === undefined
        ? error
          ? nothing
          : html`<p class="secondary">${t("panel.loading")}</p>`
        : shown.length
          ? html`<ul class="entries" aria-labelledby="entries-heading">
              ${shown.map((entry) => this._renderEntry(entry, removableAt(entry, now)))}
            </ul>`
          : html`<p class="secondary" id="no-entries">${t("entries.none")}</p>`}
      <p class="status" role="status">${this._action.status}</p>
      ${this._action.error ? html`<p class="error" role="alert">${this._action.error}</p>` : nothing}`;
  }

  /** The entries on screen: this night's, less those removed here; undefined until they arrive. */
  private _shown(): NightEntry[] | undefined {
    const value = this._entries.value;
    // Another night's entries are never shown under this one's heading.
    return value?.night === this.night ? value.entries.filter((entry) => !this._removed.has(entry)) : undefined;
  }

  private _renderEntry(entry: NightEntry, removable: boolean) {
    const { t } = this.texts;
    const clock = entryClock(entry, this.texts, this.hass);
    const what = entryText(entry, this.texts, this.factors);
    return html`<li class="entry" data-kind=${entry.kind} data-time=${entry.time}>
      <span class="time">${clock}</span>
      <span class="what">${what}</span>
      ${!removable
        ? nothing
        : this._confirming === entry
          ? html`<div class="confirm" role="group" aria-labelledby="confirm-question" @keydown=${this._escape}>
              <span id="confirm-question">${t("entries.confirm")}</span>
              <button id="confirm-remove" class="button filled" ?disabled=${this._action.busy} @click=${() => this._remove(entry, what)}>
                ${t("entries.confirm_yes")}
              </button>
              <button id="cancel-remove" class="button" ?disabled=${this._action.busy} @click=${this._cancel}>
                ${t("entries.confirm_no")}
              </button>
            </div>`
          : html`<button
              class="button remove-entry"
              aria-label=${t("entries.remove_label", { what, time: clock })}
              ?disabled=${this._action.busy}
              @click=${() => this._ask(entry)}
            >
              ${t("entries.remove")}
            </button>`}
    </li>`;
  }

  private _ask(entry: NightEntry): void {
    this._confirming = entry;
    // The harmless answer first: a second press of Enter keeps the entry.
    this._focus = "#cancel-remove";
  }

  private _cancel(): void {
    const position = this._confirming ? (this._shown()?.indexOf(this._confirming) ?? -1) : -1;
    this._confirming = undefined;
    this._focus = `li.entry:nth-child(${position + 1}) .remove-entry`;
  }

  private _escape(event: KeyboardEvent): void {
    if (event.key === "Escape") this._cancel();
  }

  private _remove(entry: NightEntry, what: string): Promise<void> {
    const remove = async (): Promise<void> => {
      try {
        await removeEntry(this.hass, this.entryId, entry, this.texts.t("entries.gone"));
      } catch (error) {
        if (error instanceof EntryGone) {
          this._confirming = undefined;
          this._focus = "#entries-heading";
          this._refetches += 1;
        }
        throw error;
      }
    };
    return this._action.run(remove, {
      done: () => {
        this._removed.add(entry);
        this._confirming = undefined;
        this._focus = "#entries-heading";
        return this.texts.t("undo.removed", { what });
      },
    });
  }

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      h3:focus {
        outline: none;
      }
      h3:focus-visible {
        outline: 2px solid var(--accent-color, var(--stc-primary));
      }
      .entries {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .entry {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 4px 12px;
        padding: 6px 0;
        border-top: 1px solid var(--stc-divider);
      }
      .entry:first-child {
        border-top: none;
      }
      .time {
        min-width: 4.5em;
        font-variant-numeric: tabular-nums;
        color: var(--stc-secondary-text);
      }
      .what {
        flex: 1 1 10em;
        min-width: 0;
        overflow-wrap: anywhere;
      }
      .entry .button {
        min-height: 36px;
        padding: 4px 14px;
      }
      .confirm {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 8px;
        flex-basis: 100%;
        justify-content: flex-end;
      }
      .status {
        min-height: 1.4em;
        margin: 8px 0 0;
        color: var(--success-color, #43a047);
      }
    `,
  ];
}

define("stc-night-entries", StcNightEntries);

declare global {
  interface HTMLElementTagNameMap {
    "stc-night-entries": StcNightEntries;
  }
}
