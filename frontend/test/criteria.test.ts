import { describe, expect, it } from "vitest";
import { metFirst } from "../src/criteria";
import type { Criterion } from "../src/types";

const criterion = (name: string, met: boolean): Criterion =>
  ({ criterion: name, met, evidence: {} });

describe("metFirst", () => {
  it("lists the criteria met before the others, each in the checklist's order", () => {
    const listed = metFirst([
      criterion("frequent_twitching", false),
      criterion("urge_to_move", true),
      criterion("woken_regularly", false),
      criterion("spreads", true),
    ]);
    expect(listed.map((item) => [item.criterion, item.met])).toEqual([
      ["urge_to_move", true],
      ["spreads", true],
      ["frequent_twitching", false],
      ["woken_regularly", false],
    ]);
  });
});
