/**
 * The heat map's colour scale: a night's twitch count falls in one of five levels.
 *
 *   level 0: no twitch, a calm night (a soft calm colour, apart from the twitch scale; a night
 *            not recorded has no level and is hatched instead)
 *   level 1: 1 twitch
 *   level 2: 2 twitches
 *   level 3: 3-4 twitches
 *   level 4: 5 or more
 *
 * Levels 1-4 are the theme's primary colour mixed with the card's background or with the text
 * colour, so that more twitches stand further from the card: darker on a light theme, brighter
 * on a dark one. Each level is at least 3:1 against the card and 1.5:1 against its neighbours
 * in Home Assistant's default light and dark themes (test/heat-scale.test.ts computes them).
 */

export interface Level {
  level: number;
  min: number;
  max: number | null; // null: no upper bound
}

export const LEVELS: readonly Level[] = [
  { level: 0, min: 0, max: 0 },
  { level: 1, min: 1, max: 1 },
  { level: 2, min: 2, max: 2 },
  { level: 3, min: 3, max: 4 },
  { level: 4, min: 5, max: null },
];

export type Theme = "light" | "dark";

/** A level's fill: this percent of the primary colour, the rest the card's or the text's colour. */
export interface LevelMix {
  primary: number;
  rest: "background" | "text";
}

/** Levels 1-4 of each theme (level 0, calm, has a colour of its own). */
export const LEVEL_MIXES: Record<Theme, readonly LevelMix[]> = {
  light: [
    { primary: 100, rest: "text" },
    { primary: 75, rest: "text" },
    { primary: 50, rest: "text" },
    { primary: 25, rest: "text" },
  ],
  dark: [
    { primary: 70, rest: "background" },
    { primary: 100, rest: "text" },
    { primary: 50, rest: "text" },
    { primary: 5, rest: "text" },
  ],
};

const PRIMARY = "var(--primary-color, #009ac7)";
const REST = { background: "var(--card-background-color, #fff)", text: "var(--primary-text-color, #141414)" };

const mixCss = ({ primary, rest }: LevelMix): string => `color-mix(in srgb, ${PRIMARY} ${primary}%, ${REST[rest]})`;

/** The custom properties (`--stc-heat-1` ...) holding a theme's level colours, for the panel's host. */
export const heatVariables = (theme: Theme): string =>
  LEVEL_MIXES[theme].map((mix, index) => `--stc-heat-${index + 1}: ${mixCss(mix)};`).join("\n");

export const levelOf = (count: number): number => {
  for (let index = LEVELS.length - 1; index >= 0; index -= 1) {
    const level = LEVELS[index];
    if (level && count >= level.min) return level.level;
  }
  return 0;
};

/** A calm night's fill: the theme's success colour, faint. */
export const CALM_COLOR = "color-mix(in srgb, var(--success-color, #43a047) 30%, transparent)";
/** A calm night's outline, which sets it apart from the card: the success colour itself. */
export const CALM_OUTLINE = "var(--success-color, #43a047)";

/** The CSS colour of a level: the panel's theme's, else the light theme's. */
export const levelColor = (level: number): string => {
  if (level <= 0) return CALM_COLOR;
  const index = Math.min(level, LEVELS.length - 1);
  const fallback = LEVEL_MIXES.light[index - 1];
  return `var(--stc-heat-${index}${fallback ? `, ${mixCss(fallback)}` : ""})`;
};

/** The legend's label of a level: "0", "1", "3–4", "5+". */
export const levelLabel = ({ min, max }: Level): string =>
  max === null ? `${min}+` : max === min ? `${min}` : `${min}–${max}`;
