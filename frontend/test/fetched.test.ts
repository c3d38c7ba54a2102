import { describe, expect, it, vi } from "vitest";
import { Fetched, KeptAnswers } from "../src/fetched";

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

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

/** A request the test answers by hand. */
const deferred = <T>() => {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
};

describe("Fetched", () => {
  it("requests once per key and keeps the answer", async () => {
    const owner = host();
    const fetched = new Fetched<number>(owner, () => "failed");
    let requests = 0;
    fetched.need("a", async () => ++requests);
    fetched.need("a", async () => ++requests);
    await Promise.resolve();
    await Promise.resolve();
    expect(requests).toBe(1);
    expect(fetched.value).toBe(1);
    expect(owner.updates).toBe(1);
  });

  it("drops an answer that arrives after a newer request was made", async () => {
    const fetched = new Fetched<string>(host(), () => "failed");
    const old = deferred<string>();
    const fresh = deferred<string>();
    fetched.need("old", () => old.promise);
    expect(fetched.current).toBe(false);
    fetched.need("fresh", () => fresh.promise);
    fresh.resolve("fresh answer");
    await fresh.promise;
    old.resolve("old answer");
    await old.promise;
    await Promise.resolve();
    expect(fetched.value).toBe("fresh answer");
    expect(fetched.current).toBe(true);
  });

  it("says why a request failed, with the server's message or the fallback", async () => {
    const fetched = new Fetched<string>(host(), () => "Something went wrong.");
    fetched.need("a", async () => "first");
    await Promise.resolve();
    await Promise.resolve();
    fetched.need("b", () => Promise.reject({ code: "invalid_format", message: "Choose a sleeper" }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fetched.error).toBe("Choose a sleeper");
    // The older answer is kept, but is not the one asked for.
    expect(fetched.value).toBe("first");
    expect(fetched.current).toBe(false);
    fetched.need("c", () => Promise.reject(new Error("")));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fetched.error).toBe("Something went wrong.");
    fetched.need("d", async () => "again");
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fetched.error).toBe("");
    expect(fetched.current).toBe(true);
  });
});

describe("Fetched with the panel's kept answers", () => {
  const nightsOf = (answers: KeptAnswers) => ({ answers, slot: "nights|a1" });

  it("shows a view opened again its last data at once, and asks nothing while the journal is unchanged", async () => {
    const answers = new KeptAnswers();
    const first = new Fetched<string>(host(), () => "failed");
    first.need("a1|rev1", async () => "nights at rev1", nightsOf(answers));
    await flush();
    expect(first.value).toBe("nights at rev1");
    // The view is left and opened again: a new element, the same kept answers.
    const again = new Fetched<string>(host(), () => "failed");
    const request = vi.fn(async () => "asked again");
    again.need("a1|rev1", request, nightsOf(answers));
    expect(again.value).toBe("nights at rev1");
    expect(again.current).toBe(true);
    expect(request).not.toHaveBeenCalled();
  });

  it("shows the last data while asking again after the journal changed, then the new answer", async () => {
    const answers = new KeptAnswers();
    const first = new Fetched<string>(host(), () => "failed");
    first.need("a1|rev1", async () => "nights at rev1", nightsOf(answers));
    await flush();
    const fresh = deferred<string>();
    const again = new Fetched<string>(host(), () => "failed");
    again.need("a1|rev2", () => fresh.promise, nightsOf(answers));
    expect(again.value).toBe("nights at rev1");
    expect(again.current).toBe(false);
    fresh.resolve("nights at rev2");
    await flush();
    expect(again.value).toBe("nights at rev2");
    expect(answers.get("nights|a1")).toEqual({ key: "a1|rev2", value: "nights at rev2" });
  });

  it("keeps each slot apart: another sleeper or range starts without the first one's data", () => {
    const answers = new KeptAnswers();
    answers.set("nights|a1", "a1|rev1", "a1's nights");
    const other = new Fetched<string>(host(), () => "failed");
    other.need("b2|rev1", () => new Promise(() => undefined), { answers, slot: "nights|b2" });
    expect(other.value).toBeUndefined();
  });
});
