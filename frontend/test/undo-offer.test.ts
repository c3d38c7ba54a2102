import { afterEach, describe, expect, it, vi } from "vitest";
import { ActionState } from "../src/action-state";
import { UNDO_WINDOW_MS, UndoOffer } from "../src/undo-offer";
import type { LoggedEntry } from "../src/types";

const host = () => ({
  updates: 0,
  addController() {},
  removeController() {},
  requestUpdate() {
    this.updates += 1;
  },
  updateComplete: Promise.resolve(true),
});

const COFFEE: LoggedEntry = { kind: "caffeine", time: "2026-11-16T21:45:00.123456+00:00", amount_mg: null };
const TWITCH: LoggedEntry = { kind: "twitch", time: "2026-11-16T21:46:00.5+00:00", woke_up: false, body_parts: ["legs"] };

const offerOf = () => {
  const action = new ActionState(host(), () => "Something went wrong.");
  return { action, undo: new UndoOffer(host(), action) };
};

afterEach(() => {
  vi.useRealTimers();
});

describe("Undo beside Logged", () => {
  it("offers the entry just logged, and undoing removes exactly it", async () => {
    const { action, undo } = offerOf();
    await undo.log(async () => COFFEE, "Caffeine", () => "Logged: Caffeine", null);
    expect(action.status).toBe("Logged: Caffeine");
    expect(undo.offered).toEqual({ entry: COFFEE, label: "Caffeine" });
    const remove = vi.fn(async () => ({}));
    await undo.undo(remove, (label) => `Removed: ${label}`);
    expect(remove).toHaveBeenCalledWith(COFFEE);
    expect(action.status).toBe("Removed: Caffeine");
    expect(undo.offered).toBeUndefined();
  });

  it("is replaced by the next log", async () => {
    const { undo } = offerOf();
    await undo.log(async () => COFFEE, "Caffeine", () => "Logged: Caffeine", null);
    await undo.log(async () => TWITCH, "Twitch", () => "Logged: Twitch", null);
    expect(undo.offered?.entry).toEqual(TWITCH);
  });

  it("lasts 15 minutes for a user who may only remove their own recent entries", async () => {
    vi.useFakeTimers();
    const { undo } = offerOf();
    await undo.log(async () => COFFEE, "Caffeine", () => "Logged: Caffeine", UNDO_WINDOW_MS);
    vi.advanceTimersByTime(UNDO_WINDOW_MS - 1000);
    expect(undo.offered?.entry).toEqual(COFFEE);
    vi.advanceTimersByTime(1000);
    expect(undo.offered).toBeUndefined();
  });

  it("stays for the sleeper and administrators until replaced", async () => {
    vi.useFakeTimers();
    const { undo } = offerOf();
    await undo.log(async () => COFFEE, "Caffeine", () => "Logged: Caffeine", null);
    vi.advanceTimersByTime(10 * UNDO_WINDOW_MS);
    expect(undo.offered?.entry).toEqual(COFFEE);
  });

  it("offers nothing when the log failed, and shows a refused undo in the error line", async () => {
    const { action, undo } = offerOf();
    await undo.log(() => Promise.reject({ message: "Nur lesen" }), "Caffeine", () => "Logged: Caffeine", null);
    expect(undo.offered).toBeUndefined();
    expect(action.error).toBe("Nur lesen");
    await undo.log(async () => COFFEE, "Caffeine", () => "Logged: Caffeine", null);
    await undo.undo(() => Promise.reject({ message: "Zu spät" }), (label) => `Removed: ${label}`);
    expect(action.error).toBe("Zu spät");
    expect(action.status).toBe("");
    expect(undo.offered).toBeUndefined();
  });
});
