/** The answer of a request made again whenever what it depends on changes. */
import type { ReactiveController, ReactiveControllerHost } from "lit";
import { errorMessage } from "./api";

export class Fetched<T> implements ReactiveController {
  /** The latest answer; kept while a newer request is under way. */
  public value?: T;

  /** The translated reason the latest request failed, or "". */
  public error = "";

  private _key?: string;

  public constructor(
    private readonly _host: ReactiveControllerHost,
    private readonly _fallbackError: () => string,
  ) {
    _host.addController(this);
  }

  public hostConnected(): void {
    // Nothing to start: requests are made from the host's willUpdate.
  }

  /** Request anew unless `key` (what the answer depends on) is unchanged; older answers are dropped. */
  public need(key: string, request: () => Promise<T>): void {
    if (key === this._key) return;
    this._key = key;
    request().then(
      (value) => this._settle(key, value, ""),
      (error: unknown) => this._settle(key, this.value, errorMessage(error, this._fallbackError())),
    );
  }

  private _settle(key: string, value: T | undefined, error: string): void {
    if (key !== this._key) return;
    this.value = value;
    this.error = error;
    this._host.requestUpdate();
  }
}
