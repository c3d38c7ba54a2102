/**
 * Follows one sleeper's live figures while the panel is on the page, and only then. Each
 * sleeper's latest figures are kept, so that returning to a sleeper shows them at once.
 */
import type { ReactiveController, ReactiveControllerHost } from "lit";
import { subscribeCoach } from "./api";
import type { CoachEvent, HomeAssistant } from "./types";

type Host = ReactiveControllerHost & { readonly isConnected: boolean };

export class CoachSubscription implements ReactiveController {
  /** The latest figures of the sleeper followed; undefined until the first event. */
  public event?: CoachEvent;

  /** Why subscribing failed (the server's error), if it did. */
  public error?: unknown;

  private _wanted?: { hass: HomeAssistant; entryId: string };

  private _current?: { entryId: string; unsubscribe: Promise<() => Promise<void>> };

  private _latest = new Map<string, CoachEvent>();

  /** `onRemoved` is called when the sleeper followed is removed from Home Assistant. */
  public constructor(
    private readonly _host: Host,
    private readonly _onRemoved: () => void = () => undefined,
  ) {
    _host.addController(this);
  }

  /** Follow this sleeper instead of the one before (none when `entryId` is undefined). */
  public follow(hass: HomeAssistant | undefined, entryId: string | undefined): void {
    if (entryId === this._wanted?.entryId) return;
    this._stop();
    this._wanted = hass && entryId ? { hass, entryId } : undefined;
    this.event = entryId === undefined ? undefined : this._latest.get(entryId);
    this.error = undefined;
    if (this._host.isConnected) this._start();
    this._host.requestUpdate();
  }

  public hostConnected(): void {
    this._start();
  }

  public hostDisconnected(): void {
    this._stop();
  }

  private _start(): void {
    const wanted = this._wanted;
    if (!wanted || this._current) return;
    const { hass, entryId } = wanted;
    const unsubscribe = subscribeCoach(hass, entryId, (event) => {
      // An event already on its way for a sleeper no longer followed is dropped.
      if (this._current?.entryId !== entryId) return;
      if ("removed" in event) {
        // The server has ended the subscription.
        this._current = undefined;
        this._wanted = undefined;
        this.event = undefined;
        this._latest.delete(entryId);
        this._onRemoved();
      } else {
        this.event = event;
        this._latest.set(entryId, event);
      }
      this._host.requestUpdate();
    });
    this._current = { entryId, unsubscribe };
    unsubscribe.catch((error: unknown) => {
      if (this._current?.entryId !== entryId) return;
      this._current = undefined;
      this.error = error;
      this._host.requestUpdate();
    });
  }

  private _stop(): void {
    const current = this._current;
    this._current = undefined;
    current?.unsubscribe.then((unsubscribe) => unsubscribe()).catch(() => undefined);
  }
}
