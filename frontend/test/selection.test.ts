import { describe, expect, it } from "vitest";
import { chooseSleeper, readSelection, writeSelection } from "../src/selection";

const sleepers = [
  { entry_id: "a1", title: "Alex" },
  { entry_id: "b2", title: "Sam" },
];

describe("the chosen sleeper and view in the URL", () => {
  it("reads the sleeper and a known view", () => {
    expect(readSelection("?sleeper=b2&view=doctor")).toEqual({ sleeper: "b2", view: "doctor" });
    expect(readSelection("?view=nonsense")).toEqual({});
    expect(readSelection("")).toEqual({});
  });

  it("opens What helps from a saved link to the Triggers view it replaced", () => {
    expect(readSelection("?view=triggers")).toEqual({ view: "what_helps" });
    expect(readSelection("?view=what_helps")).toEqual({ view: "what_helps" });
  });

  it("writes them, keeping other parameters and leaving the default view out", () => {
    expect(writeSelection("?other=1", { sleeper: "a1", view: "nights" })).toBe("?other=1&sleeper=a1&view=nights");
    expect(writeSelection("?sleeper=a1&view=nights", { sleeper: "b2", view: "tonight" })).toBe("?sleeper=b2");
    expect(writeSelection("?view=doctor", {})).toBe("");
  });

  it("chooses the first wanted sleeper that is loaded, else the first one", () => {
    expect(chooseSleeper(sleepers, "b2", "a1")).toBe("b2");
    expect(chooseSleeper(sleepers, "gone", null, "b2")).toBe("b2");
    expect(chooseSleeper(sleepers, "gone")).toBe("a1");
    expect(chooseSleeper([], "a1")).toBeUndefined();
  });
});
