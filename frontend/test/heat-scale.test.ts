import { describe, expect, it } from "vitest";
import {
  CALM_COLOR,
  CALM_OUTLINE,
  LEVELS,
  LEVEL_MIXES,
  type Theme,
  heatVariables,
  levelColor,
  levelLabel,
  levelOf,
} from "../src/heat-scale";
import { type Rgb, contrast, mix, rgb } from "./contrast";

/** Home Assistant's default themes (frontend src/resources/theme/color/*.globals.ts). */
const THEMES: Record<Theme, { card: Rgb; text: Rgb; primary: Rgb; success: Rgb }> = {
  light: { card: rgb("#ffffff"), text: rgb("#141414"), primary: rgb("#009ac7"), success: rgb("#43a047") },
  dark: { card: rgb("#1c1c1c"), text: rgb("#e1e1e1"), primary: rgb("#009ac7"), success: rgb("#43a047") },
};

const levelColours = (theme: Theme): Rgb[] => {
  const colours = THEMES[theme];
  return LEVEL_MIXES[theme].map(({ primary, rest }) =>
    mix(colours.primary, primary, rest === "text" ? colours.text : colours.card),
  );
};

const round = (value: number): number => Math.round(value * 100) / 100;

describe("the heat map's colour scale", () => {
  it("puts counts into the documented levels: 0, 1, 2, 3-4, 5+", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 40].map(levelOf)).toEqual([0, 1, 2, 3, 3, 4, 4, 4]);
  });

  it.each(["light", "dark"] as const)(
    "sets each twitch level at least 3:1 from the card and 1.5:1 from the next in the %s theme",
    (theme) => {
      const card = THEMES[theme].card;
      const colours = levelColours(theme);
      const againstCard = colours.map((colour) => round(contrast(colour, card)));
      const apart = colours.slice(1).map((colour, index) => round(contrast(colour, colours[index] ?? colour)));
      // The ratios reached (WCAG 2 formula), stated in the README and the report of issue 25.
      expect({ againstCard, apart }).toEqual(
        theme === "light"
          ? { againstCard: [3.26, 5.02, 8.08, 13.01], apart: [1.54, 1.61, 1.61] }
          : { againstCard: [3.2, 5.23, 8.09, 12.43], apart: [1.63, 1.55, 1.54] },
      );
      for (const ratio of againstCard) expect(ratio).toBeGreaterThanOrEqual(3);
      for (const ratio of apart) expect(ratio).toBeGreaterThanOrEqual(1.5);
      // More twitches stand further from the card.
      expect([...againstCard].sort((a, b) => a - b)).toEqual(againstCard);
    },
  );

  it.each(["light", "dark"] as const)("outlines a calm night at least 3:1 from the card in the %s theme", (theme) => {
    expect(CALM_OUTLINE).toContain("var(--success-color");
    expect(contrast(THEMES[theme].success, THEMES[theme].card)).toBeGreaterThanOrEqual(3);
  });

  it("gives a calm night a colour of its own and each twitch level the theme's own colour", () => {
    expect(levelColor(0)).toBe(CALM_COLOR);
    expect(CALM_COLOR).toContain("var(--success-color");
    expect(CALM_COLOR).not.toContain("--primary-color");
    for (const level of [1, 2, 3, 4]) {
      expect(levelColor(level)).toMatch(new RegExp(`^var\\(--stc-heat-${level}, color-mix\\(in srgb, var\\(--primary-color`));
    }
    expect(levelColor(9)).toBe(levelColor(4));
    for (const theme of ["light", "dark"] as const) {
      const variables = heatVariables(theme).split("\n");
      expect(variables).toHaveLength(4);
      LEVEL_MIXES[theme].forEach(({ primary, rest }, index) => {
        const other = rest === "text" ? "var(--primary-text-color" : "var(--card-background-color";
        expect(variables[index]).toContain(`--stc-heat-${index + 1}: color-mix(in srgb, var(--primary-color, #009ac7) ${primary}%, ${other}`);
      });
    }
  });

  it("labels the legend", () => {
    expect(LEVELS.map(levelLabel)).toEqual(["0", "1", "2", "3–4", "5+"]);
  });
});
