import { describe, expect, it } from "vitest";
import { CALM_COLOR, LEVELS, LEVEL_MIX, levelColor, levelLabel, levelOf } from "../src/heat-scale";

describe("the heat map's colour scale", () => {
  it("puts counts into the documented levels: 0, 1, 2, 3-4, 5+", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 40].map(levelOf)).toEqual([0, 1, 2, 3, 3, 4, 4, 4]);
  });

  it("gives a calm night a colour of its own and strengthens the twitch colour with each level", () => {
    expect(levelColor(0)).toBe(CALM_COLOR);
    expect(CALM_COLOR).toContain("var(--success-color");
    expect(CALM_COLOR).not.toContain("--primary-color");
    expect(levelColor(1)).toContain("var(--primary-color");
    // More and more of the primary colour over the background, up to all of it...
    for (let level = 2; level < LEVELS.length - 1; level += 1) {
      expect(LEVEL_MIX[level]).toBeGreaterThan(LEVEL_MIX[level - 1] ?? Infinity);
      expect(levelColor(level)).toContain("transparent");
    }
    expect(levelColor(3)).toContain(" 100%,");
    // ...and at the top, the primary colour deepened towards the text colour.
    expect(levelColor(4)).toContain("var(--primary-text-color");
    expect(levelColor(4)).not.toContain("transparent");
    expect(levelColor(9)).toBe(levelColor(4));
  });

  it("labels the legend", () => {
    expect(LEVELS.map(levelLabel)).toEqual(["0", "1", "2", "3–4", "5+"]);
  });
});
