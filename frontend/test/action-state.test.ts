import { describe, expect, it } from "vitest";
import { ActionState } from "../src/action-state";

/** A host that counts its update requests. */
const host = () => ({
  updates: 0,
  addController() {},
  removeController() {},
  requestUpdate() {
    this.updates += 1;
  },
  updateComplete: Promise.resolve(true),
});

/** A call the test answers by hand. */
const deferred = () => {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
};

const FALLBACK = "Something went wrong.";

describe("ActionState", () => {
  it("is busy while the call is under way, and shows what it did once it succeeds", async () => {
    const owner = host();
    const action = new ActionState(owner, () => FALLBACK);
    const call = deferred();
    let closed = false;
    const running = action.run(() => call.promise, {
      done: () => {
        closed = true;
        return "Logged: Caffeine";
      },
    });
    expect(action.busy).toBe(true);
    expect(owner.updates).toBe(1);
    expect(closed).toBe(false);
    call.resolve();
    await running;
    expect(action.busy).toBe(false);
    expect(action.status).toBe("Logged: Caffeine");
    expect(action.error).toBe("");
    expect(closed).toBe(true);
    expect(owner.updates).toBe(2);
  });

  it("leaves the status line empty when done says nothing", async () => {
    const action = new ActionState(host(), () => FALLBACK);
    await action.run(async () => "ok", { done: () => undefined });
    expect(action.status).toBe("");
    await action.run(async () => "ok");
    expect(action.status).toBe("");
    expect(action.busy).toBe(false);
  });

  it("shows the server's message when the call fails, and does not call done", async () => {
    const action = new ActionState(host(), () => FALLBACK);
    let done = false;
    await action.run(() => Promise.reject({ code: "not_allowed", message: "Only one experiment at a time" }), {
      done: () => {
        done = true;
        return "Started";
      },
    });
    expect(action.error).toBe("Only one experiment at a time");
    expect(action.status).toBe("");
    expect(action.busy).toBe(false);
    expect(done).toBe(false);
  });

  it("falls back to the panel's own words for a failure without a message", async () => {
    const action = new ActionState(host(), () => FALLBACK);
    await action.run(() => Promise.reject(new Error("")));
    expect(action.error).toBe(FALLBACK);
    await action.run(() => Promise.reject("connection lost"));
    expect(action.error).toBe(FALLBACK);
  });

  it("clears the last error and status when a call starts", async () => {
    const action = new ActionState(host(), () => FALLBACK);
    await action.run(() => Promise.reject({ message: "Refused" }));
    const call = deferred();
    const running = action.run(() => call.promise, { done: () => "Logged" });
    expect(action.error).toBe("");
    expect(action.status).toBe("");
    call.resolve();
    await running;
    expect(action.status).toBe("Logged");
    const again = action.run(() => call.promise);
    expect(action.status).toBe("");
    await again;
  });

  it("makes a second call while busy (the host's disabled buttons prevent it), like the panel always did", async () => {
    const action = new ActionState(host(), () => FALLBACK);
    const first = deferred();
    const second = deferred();
    let calls = 0;
    const one = action.run(() => (calls++, first.promise), { done: () => "first" });
    const two = action.run(() => (calls++, second.promise), { done: () => "second" });
    expect(calls).toBe(2);
    expect(action.busy).toBe(true);
    second.resolve();
    await two;
    expect(action.status).toBe("second");
    first.resolve();
    await one;
    expect(action.status).toBe("first");
    expect(action.busy).toBe(false);
  });
});
