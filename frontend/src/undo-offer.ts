/**
 * "Undo" beside "Logged: …": the entry a button just logged, offered for removal while the
 * permission table allows it, as the server says (`removable_until`: until then, or with no
 * limit until the next log replaces the status line).
 */
import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { ActionState } from "./action-state";
import type { LogAnswer, LoggedEntry } from "./types";

/** Milliseconds from `now` until `until` (ISO), at least 0; null for no limit. */
export const msUntil = (until: string | null, now: number): number | null =>
  until === null ? null : Math.max(0, Date.parse(until) - now);

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
   * undo it until the answer's `removable_until`, or until replaced when there is no limit.
   */
  public async log(call: () => Promise<LogAnswer | undefined>, label: string, logged: () => string): Promise<void> {
    this._withdraw();
    let answer: LogAnswer | undefined;
    await this._action.run(
      async () => {
        answer = await call();
      },
      { done: logged },
    );
    if (!answer?.logged) return;
    this.offered = { entry: answer.logged, label };
    const lasts = msUntil(answer.removable_until ?? null, Date.now());
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
