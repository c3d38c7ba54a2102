import { afterEach, describe, expect, it, vi } from "vitest";
import { ActionState } from "../src/action-state";
import { UndoOffer, msUntil } from "../src/undo-offer";
import type { LogAnswer, LoggedEntry } from "../src/types";

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

/** A log's answer: no limit (the sleeper, an administrator) unless `until` is given. */
const answer = (logged: LoggedEntry, until: string | null = null): LogAnswer => ({ logged, removable_until: until });

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
    await undo.log(async () => answer(COFFEE), "Caffeine", () => "Logged: Caffeine");
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
    await undo.log(async () => answer(COFFEE), "Caffeine", () => "Logged: Caffeine");
    await undo.log(async () => answer(TWITCH), "Twitch", () => "Logged: Twitch");
    expect(undo.offered?.entry).toEqual(TWITCH);
  });

  it("lasts as long as the server says for a user who may only remove their own recent entries", async () => {
    vi.useFakeTimers();
    vi.setSystemTime(Date.parse("2026-11-16T21:45:00.123456Z"));
    const { undo } = offerOf();
    const until = "2026-11-16T22:00:00.123456+00:00";
    await undo.log(async () => answer(COFFEE, until), "Caffeine", () => "Logged: Caffeine");
    vi.advanceTimersByTime(15 * 60 * 1000 - 1000);
    expect(undo.offered?.entry).toEqual(COFFEE);
    vi.advanceTimersByTime(1000);
    expect(undo.offered).toBeUndefined();
    expect(msUntil(until, Date.parse(until) + 5)).toBe(0);
    expect(msUntil(null, 0)).toBeNull();
  });

  it("stays for the sleeper and administrators until replaced", async () => {
    vi.useFakeTimers();
    const { undo } = offerOf();
    await undo.log(async () => answer(COFFEE), "Caffeine", () => "Logged: Caffeine");
    vi.advanceTimersByTime(10 * 60 * 60 * 1000);
    expect(undo.offered?.entry).toEqual(COFFEE);
  });

  it("offers nothing when the log failed, and shows a refused undo in the error line", async () => {
    const { action, undo } = offerOf();
    await undo.log(() => Promise.reject({ message: "Nur lesen" }), "Caffeine", () => "Logged: Caffeine");
    expect(undo.offered).toBeUndefined();
    expect(action.error).toBe("Nur lesen");
    await undo.log(async () => answer(COFFEE), "Caffeine", () => "Logged: Caffeine");
    await undo.undo(() => Promise.reject({ message: "Zu spät" }), (label) => `Removed: ${label}`);
    expect(action.error).toBe("Zu spät");
    expect(action.status).toBe("");
    expect(undo.offered).toBeUndefined();
  });
});
