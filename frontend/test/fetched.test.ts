import { describe, expect, it } from "vitest";
import { Fetched } from "../src/fetched";

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
