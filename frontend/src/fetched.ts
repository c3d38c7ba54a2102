/** The answer of a request made again whenever what it depends on changes. */
import type { ReactiveController, ReactiveControllerHost } from "lit";
import { errorMessage } from "./api";

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

  /** Request anew unless `key` (what the answer depends on) is unchanged; older answers are dropped. */
  public need(key: string, request: () => Promise<T>): void {
    if (key === this._key) return;
    this._key = key;
    request().then(
      (value) => {
        if (key !== this._key) return;
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
