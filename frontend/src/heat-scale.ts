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
 * The lower levels are the theme's primary colour mixed with transparency (`LEVEL_MIX` percent);
 * the top level is the primary colour mixed with the text colour, so it stands out most from the
 * background on light and dark themes alike (darker on light, brighter on dark).
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

/** Percent of --primary-color in a level's fill (the top level: the rest is the text colour). */
export const LEVEL_MIX: readonly number[] = [0, 35, 65, 100, 60];

export const levelOf = (count: number): number => {
  for (let index = LEVELS.length - 1; index >= 0; index -= 1) {
    const level = LEVELS[index];
    if (level && count >= level.min) return level.level;
  }
  return 0;
};

/** A calm night's fill: the theme's success colour, faint. */
export const CALM_COLOR = "color-mix(in srgb, var(--success-color, #43a047) 30%, transparent)";

/** The CSS colour of a level. */
export const levelColor = (level: number): string => {
  const top = LEVELS.length - 1;
  if (level <= 0) return CALM_COLOR;
  const other = level >= top ? "var(--primary-text-color, #212121)" : "transparent";
  return `color-mix(in srgb, var(--primary-color, #03a9f4) ${LEVEL_MIX[Math.min(level, top)]}%, ${other})`;
};

/** The legend's label of a level: "0", "1", "3–4", "5+". */
export const levelLabel = ({ min, max }: Level): string =>
  max === null ? `${min}+` : max === min ? `${min}` : `${min}–${max}`;
