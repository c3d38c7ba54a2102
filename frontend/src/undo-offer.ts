/**
 * "Undo" beside "Logged: …": the entry a button just logged, offered for removal while the
 * permission table allows it (anyone: 15 minutes; the sleeper and administrators: until the
 * next log replaces the status line).
 */
import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { ActionState } from "./action-state";
import type { LoggedEntry } from "./types";

/** How long a user who is neither the sleeper nor an administrator may remove what they logged. */
export const UNDO_WINDOW_MS = 15 * 60 * 1000;

export interface Offered {
  entry: LoggedEntry;
  /** What the status line called it ("Caffeine"). */
  label: string;
}

export class UndoOffer implements ReactiveController {
  /** The entry offered for undoing, if any. */
  public offered?: Offered;

  private _timer?: ReturnType<typeof setTimeout>;

  public constructor(
    private readonly _host: ReactiveControllerHost,
    private readonly _action: ActionState,
  ) {
    _host.addController(this);
  }

  public hostConnected(): void {
    // Nothing to start: offers are made when the host logs.
  }

  public hostDisconnected(): void {
    this._withdraw();
  }

  /**
   * Log with `call` as the host's action (`logged` gives the status line); once logged, offer to
   * undo it for `lasts` milliseconds, or until replaced when `lasts` is null.
   */
  public async log(
    call: () => Promise<LoggedEntry | undefined>,
    label: string,
    logged: () => string,
    lasts: number | null,
  ): Promise<void> {
    this._withdraw();
    let entry: LoggedEntry | undefined;
    await this._action.run(
      async () => {
        entry = await call();
      },
      { done: logged },
    );
    if (!entry) return;
    this.offered = { entry, label };
    if (lasts !== null) this._timer = setTimeout(() => this._expire(), lasts);
    this._host.requestUpdate();
  }

  /** Remove the offered entry with `remove`; the status line then says `removed(label)`. */
  public async undo(remove: (entry: LoggedEntry) => Promise<unknown>, removed: (label: string) => string): Promise<void> {
    const offered = this.offered;
    if (!offered) return;
    this._withdraw();
    await this._action.run(() => remove(offered.entry), { done: () => removed(offered.label) });
  }

  private _expire(): void {
    this._withdraw();
    this._host.requestUpdate();
  }

  private _withdraw(): void {
    clearTimeout(this._timer);
    this._timer = undefined;
    this.offered = undefined;
  }
}
