/**
 * Factors in words and as the Tonight view's chips: their names (the texts' for built-in ones,
 * the user's for custom ones), what a chip shows of tonight, and the amounts a chip offers.
 */
import { type Texts, formatNumber } from "./format";
import type { AmountSpec, FactorComparison, Keep, LoggableFactor } from "./types";

/** A factor's name: the one the user gave a custom factor, else the texts' (`factor.<key>`), else its key. */
export const factorName = (texts: Texts, factor: string, name?: string | null): string =>
  name || texts.names("factor", factor);

/** The names the server gives custom factors, by key (night rows carry keys only). */
export const customNames = (factors: readonly Pick<LoggableFactor, "factor" | "name">[]): Map<string, string> =>
  new Map(factors.flatMap((factor) => (factor.name ? [[factor.factor, factor.name] as const] : [])));

/** The factors of a night, named. */
export const rowFactorNames = (keys: readonly string[], texts: Texts, custom: ReadonlyMap<string, string>): string[] =>
  keys.map((key) => factorName(texts, key, custom.get(key)));

/** An amount with its unit: "1.5 L", "2 drinks", "level 2". */
export const formatAmount = (value: number, unit: AmountSpec["unit"], texts: Texts): string =>
  texts.t(`amount.${unit}`, { amount: formatNumber(value, texts, 2), count: value });

export interface Chip {
  factor: string;
  /** What the chip says: a chip's own label when the compared name reads oddly for logging ("Water"). */
  label: string;
  logged: boolean;
  /** Tonight's amount in words, or "". */
  amount: string;
  /** A tap opens the amount choice rather than logging at once. */
  asksAmount: boolean;
}

export const chipOf = (factor: LoggableFactor, texts: Texts): Chip => ({
  factor: factor.factor,
  label: factor.name || (texts.t.lookup(`chip.${factor.factor}`) ?? factorName(texts, factor.factor)),
  logged: factor.logged_tonight > 0,
  amount:
    factor.amount && factor.amount_tonight !== null && factor.logged_tonight > 0
      ? formatAmount(factor.amount_tonight, factor.amount.unit, texts)
      : "",
  asksAmount: factor.amount !== null,
});

/**
 * An amount on the step from the minimum, halves rounded up (1.25 L → 1.3 L; the small bias
 * beats binary fractions such as 1.15 / 0.1 = 11.499…), without floating-point dust.
 */
const snap = (value: number, { min, step }: AmountSpec): number => {
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  return Number((min + Math.round((value - min) / step + 1e-6) * step).toFixed(decimals));
};

/** At most this many values of a range are all offered as buttons (stress: 1, 2, 3). */
const ALL_CHOICES = 5;

/** Presets for a wide range, by unit: a glass of water, a bottle, a litre; a drink or two. */
const PRESETS: Record<AmountSpec["unit"], number[]> = {
  litres: [0.2, 0.5, 1],
  drinks: [1, 2, 3],
  level: [1, 2, 3],
};

/** How many values a range holds on its step. */
const valueCount = ({ min, max, step }: AmountSpec): number => Math.floor((max - min) / step + 1e-9) + 1;

/** The amounts a chip offers with one more tap: every value of a short range, else a few presets in range. */
export const amountChoices = (spec: AmountSpec): number[] => {
  const count = valueCount(spec);
  if (count <= ALL_CHOICES) return Array.from({ length: count }, (_, index) => snap(spec.min + index * spec.step, spec));
  return PRESETS[spec.unit].filter((value) => value >= spec.min && value <= spec.max).map((value) => snap(value, spec));
};

/** Whether the amount input is needed besides the buttons (a range too wide to offer every value). */
export const needsInput = (spec: AmountSpec): boolean => valueCount(spec) > ALL_CHOICES;

/** A typed amount, on the step and in range; null when it is no number or out of range. */
export const parseAmount = (text: string, spec: AmountSpec): number | null => {
  const value = Number(text.trim().replace(",", "."));
  if (!text.trim() || !Number.isFinite(value)) return null;
  const snapped = snap(value, spec);
  return snapped < spec.min || snapped > spec.max ? null : snapped;
};

export interface Offer {
  keep: Keep;
  /** The row's one clear suggestion (from its verdict), or one of two choices of "Try a change". */
  suggested: boolean;
}

/**
 * Which experiments a factor's row offers: avoid one that goes with twitch nights, keep one that
 * seems to help, else either; none for a factor the coach has not known on any recorded night
 * (no bed sensor, no bedroom reading, no water logged), whose experiment could not be measured.
 */
export const experimentOffers = (
  comparison: Pick<FactorComparison, "verdict" | "nights_with" | "nights_without">,
): Offer[] => {
  if (comparison.nights_with + comparison.nights_without === 0) return [];
  switch (comparison.verdict) {
    case "linked":
      return [{ keep: "avoid", suggested: true }];
    case "seems_to_help":
      return [{ keep: "do", suggested: true }];
    default:
      return [
        { keep: "avoid", suggested: false },
        { keep: "do", suggested: false },
      ];
  }
};
