import { describe, expect, it, vi } from "vitest";
import { CoachSubscription } from "../src/coach-subscription";
import type { CoachEvent, HomeAssistant, RemovedEvent } from "../src/types";

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A connection that records subscriptions and lets the test push events to them. */
const fakeConnection = () => {
  const live = new Map<string, (event: CoachEvent | RemovedEvent) => void>();
  const unsubscribed: string[] = [];
  const subscribeMessage = vi.fn(async (callback: (event: CoachEvent | RemovedEvent) => void, message: { entry_id: string }) => {
    if (message.entry_id === "broken") throw { code: "not_found", message: "Sleeper not loaded" };
    live.set(message.entry_id, callback);
    return async () => {
      live.delete(message.entry_id);
      unsubscribed.push(message.entry_id);
    };
  });
  const hass = { connection: { subscribeMessage } } as unknown as HomeAssistant;
  return { hass, live, unsubscribed, subscribeMessage };
};

const fakeHost = () => {
  const host = { isConnected: true, addController: vi.fn(), removeController: vi.fn(), requestUpdate: vi.fn(), updateComplete: Promise.resolve(true) };
  return host;
};

const event = (revision: number) => ({ revision }) as unknown as CoachEvent;

describe("following a sleeper's live figures", () => {
  it("subscribes to the sleeper followed and keeps its latest event", async () => {
    const { hass, live, subscribeMessage } = fakeConnection();
    const host = fakeHost();
    const coach = new CoachSubscription(host);
    expect(host.addController).toHaveBeenCalledWith(coach);
    coach.follow(hass, "a1");
    await flush();
    expect(subscribeMessage).toHaveBeenCalledTimes(1);
    live.get("a1")?.(event(3));
    expect(coach.event?.revision).toBe(3);
    coach.follow(hass, "a1");
    expect(subscribeMessage).toHaveBeenCalledTimes(1);
  });

  it("unsubscribes from the sleeper before and drops its late events", async () => {
    const { hass, live, unsubscribed } = fakeConnection();
    const coach = new CoachSubscription(fakeHost());
    coach.follow(hass, "a1");
    await flush();
    const oldCallback = live.get("a1");
    coach.follow(hass, "b2");
    await flush();
    expect(unsubscribed).toEqual(["a1"]);
    oldCallback?.(event(9));
    expect(coach.event).toBeUndefined();
    live.get("b2")?.(event(1));
    expect(coach.event?.revision).toBe(1);
  });

  it("unsubscribes when the panel leaves the page and subscribes again when it returns", async () => {
    const { hass, live, unsubscribed, subscribeMessage } = fakeConnection();
    const host = fakeHost();
    const coach = new CoachSubscription(host);
    coach.follow(hass, "a1");
    await flush();
    host.isConnected = false;
    coach.hostDisconnected();
    await flush();
    expect(unsubscribed).toEqual(["a1"]);
    expect(live.size).toBe(0);
    host.isConnected = true;
    coach.hostConnected();
    await flush();
    expect(subscribeMessage).toHaveBeenCalledTimes(2);
    expect(live.has("a1")).toBe(true);
  });

  it("keeps the server's error when subscribing fails", async () => {
    const { hass } = fakeConnection();
    const host = fakeHost();
    const coach = new CoachSubscription(host);
    coach.follow(hass, "broken");
    await flush();
    expect(coach.error).toEqual({ code: "not_found", message: "Sleeper not loaded" });
    expect(host.requestUpdate).toHaveBeenCalled();
  });

  it("does not subscribe while the panel is off the page", async () => {
    const { hass, subscribeMessage } = fakeConnection();
    const host = fakeHost();
    host.isConnected = false;
    new CoachSubscription(host).follow(hass, "a1");
    await flush();
    expect(subscribeMessage).not.toHaveBeenCalled();
  });

  it("says when the sleeper is removed, and can follow the same id again later", async () => {
    const { hass, live, subscribeMessage } = fakeConnection();
    const onRemoved = vi.fn();
    const coach = new CoachSubscription(fakeHost(), onRemoved);
    coach.follow(hass, "a1");
    await flush();
    live.get("a1")?.(event(4));
    live.get("a1")?.({ removed: true });
    expect(onRemoved).toHaveBeenCalledTimes(1);
    expect(coach.event).toBeUndefined();
    coach.follow(hass, "a1");
    await flush();
    expect(subscribeMessage).toHaveBeenCalledTimes(2);
  });
});

describe("returning to a sleeper", () => {
  it("shows the sleeper's last figures at once, then the fresh ones the server sends", async () => {
    const { hass, live } = fakeConnection();
    const coach = new CoachSubscription(fakeHost());
    coach.follow(hass, "a1");
    await flush();
    live.get("a1")?.(event(3));
    coach.follow(hass, "b2");
    expect(coach.event).toBeUndefined(); // never seen: nothing to show yet
    await flush();
    live.get("b2")?.(event(7));
    coach.follow(hass, "a1");
    expect(coach.event?.revision).toBe(3);
    await flush();
    live.get("a1")?.(event(4));
    expect(coach.event?.revision).toBe(4);
    coach.follow(hass, "b2");
    expect(coach.event?.revision).toBe(7);
  });

  it("forgets a removed sleeper's figures", async () => {
    const { hass, live } = fakeConnection();
    const coach = new CoachSubscription(fakeHost(), () => undefined);
    coach.follow(hass, "a1");
    await flush();
    live.get("a1")?.(event(3));
    live.get("a1")?.({ removed: true } as RemovedEvent);
    coach.follow(hass, "b2");
    coach.follow(hass, "a1");
    expect(coach.event).toBeUndefined();
  });
});
