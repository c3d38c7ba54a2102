/** A button's call to the coach: whether it is under way, why it failed, or what it did. */
import type { ReactiveController, ReactiveControllerHost } from "lit";
import { errorMessage } from "./api";

export interface RunOptions {
  /** Called once the call succeeded; what it returns is the status line ("Logged: Caffeine"). */
  done?: () => string | void;
}

export class ActionState implements ReactiveController {
  /** A call is under way: the host disables its buttons (a second call is not refused here). */
  public busy = false;

  /** The translated reason the latest call failed, or "". */
  public error = "";

  /** What the latest call did, or "". */
  public status = "";

  public constructor(
    private readonly _host: ReactiveControllerHost,
    private readonly _fallbackError: () => string,
  ) {
    _host.addController(this);
  }

  public hostConnected(): void {
    // Nothing to start: calls are made from the host's event handlers.
  }

  /** Make `call`, clearing the last error and status, and settle its outcome. */
  public async run(call: () => Promise<unknown>, { done }: RunOptions = {}): Promise<void> {
    this.busy = true;
    this.error = "";
    this.status = "";
    this._host.requestUpdate();
    try {
      await call();
      this.status = done?.() ?? "";
    } catch (error) {
      this.error = errorMessage(error, this._fallbackError());
    } finally {
      this.busy = false;
      this._host.requestUpdate();
    }
  }
}
