import { describe, expect, it } from "vitest";
import { chooseSleeper, openingSleeper, ownSleeper, readSelection, writeSelection } from "../src/selection";

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

  it("opens on the user's own sleeper, not the alphabetically first", () => {
    const withOwn = [
      { entry_id: "a1", title: "Alex", own: false },
      { entry_id: "b2", title: "Sam", own: true },
    ];
    expect(ownSleeper(withOwn)).toBe("b2");
    expect(openingSleeper(withOwn, "", null)).toBe("b2");
    // Even when another sleeper was chosen last time on this device...
    expect(openingSleeper(withOwn, "", "a1")).toBe("b2");
    // ...but a link (or this tab's own choice, kept in the address) names the sleeper to show.
    expect(openingSleeper(withOwn, "?sleeper=a1&view=nights", "b2")).toBe("a1");
  });

  it("opens on the sleeper chosen last without one of the user's own, else on the first", () => {
    expect(ownSleeper(sleepers)).toBeUndefined();
    expect(openingSleeper(sleepers, "", "b2")).toBe("b2");
    expect(openingSleeper(sleepers, "?sleeper=gone", "gone too")).toBe("a1");
    expect(openingSleeper(sleepers, "", null)).toBe("a1");
  });
});
