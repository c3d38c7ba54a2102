/** The answer of a request made again whenever what it depends on changes. */
import type { ReactiveController, ReactiveControllerHost } from "lit";
import { errorMessage } from "./api";

/**
 * The latest answers, kept by the panel while it is open, so that a view shown again shows
 * its last data at once (and asks again only when the journal changed meanwhile).
 */
export class KeptAnswers {
  private _answers = new Map<string, { key: string; value: unknown }>();

  /** The answer last kept in `slot` (what it answers, such as one sleeper's nights), and its key. */
  public get<T>(slot: string): { key: string; value: T } | undefined {
    return this._answers.get(slot) as { key: string; value: T } | undefined;
  }

  public set(slot: string, key: string, value: unknown): void {
    this._answers.set(slot, { key, value });
  }
}

/** Where a `Fetched` keeps its answers: the panel's store and the slot of this request. */
export interface Keeping {
  answers: KeptAnswers;
  slot: string;
}

export class Fetched<T> implements ReactiveController {
  /** The latest answer; kept while a newer request is under way. */
  public value?: T;

  /** The translated reason the latest request failed, or "". */
  public error = "";

  private _key?: string;

  /** The key the value was fetched for. */
  private _valueKey?: string;

  public constructor(
    private readonly _host: ReactiveControllerHost,
    private readonly _fallbackError: () => string,
  ) {
    _host.addController(this);
  }

  public hostConnected(): void {
    // Nothing to start: requests are made from the host's willUpdate.
  }

  /** Whether the value answers the latest request (not an older one kept meanwhile). */
  public get current(): boolean {
    return this.value !== undefined && this._valueKey === this._key;
  }

  /**
   * Request anew unless `key` (what the answer depends on) is unchanged; older answers are
   * dropped. With `keeping`, the answer last kept in its slot is shown meanwhile, and when it
   * answers this very key nothing is asked at all.
   */
  public need(key: string, request: () => Promise<T>, keeping?: Keeping): void {
    if (key === this._key) return;
    this._key = key;
    const kept = keeping?.answers.get<T>(keeping.slot);
    if (kept) {
      this.value = kept.value;
      this._valueKey = kept.key;
      this.error = "";
      if (kept.key === key) return;
    }
    request().then(
      (value) => {
        if (key !== this._key) return;
        keeping?.answers.set(keeping.slot, key, value);
        this.value = value;
        this._valueKey = key;
        this._settle("");
      },
      (error: unknown) => {
        if (key === this._key) this._settle(errorMessage(error, this._fallbackError()));
      },
    );
  }

  private _settle(error: string): void {
    this.error = error;
    this._host.requestUpdate();
  }
}
