import { describe, expect, it } from "vitest";
import { LEVELS, LEVEL_MIX, levelColor, levelLabel, levelOf } from "../src/heat-scale";

describe("the heat map's colour scale", () => {
  it("puts counts into the documented levels: 0, 1, 2, 3-4, 5+", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 40].map(levelOf)).toEqual([0, 1, 2, 3, 3, 4, 4, 4]);
  });

  it("leaves a night without twitches uncoloured and darkens with each level", () => {
    expect(levelColor(0)).toBe("transparent");
    expect(levelColor(1)).toContain("var(--primary-color");
    expect(levelColor(4)).toContain("100%");
    for (let level = 1; level < LEVEL_MIX.length; level += 1) {
      expect(LEVEL_MIX[level]).toBeGreaterThan(LEVEL_MIX[level - 1] ?? Infinity);
    }
  });

  it("labels the legend", () => {
    expect(LEVELS.map(levelLabel)).toEqual(["0", "1", "2", "3–4", "5+"]);
  });
});
