/**
 * Twitch-night rates on two sets of recorded nights (with and without a factor, before and
 * during an experiment), and the geometry of what shows them: paired bars, and below them the
 * 95 % interval of the difference on an axis of percentage points from −100 to +100.
 */
import type { Experiment, FactorComparison } from "./types";

export type SideKey = "with" | "without" | "before" | "during";

export interface Side {
  side: SideKey;
  twitchNights: number;
  nights: number;
  /** Twitch nights / nights, 0-1; null without any night. */
  rate: number | null;
}

export interface Comparison {
  /** Both sides have nights to draw (the server's verdict says whether they are enough). */
  drawable: boolean;
  sides: [Side, Side];
  /** As the server gives it: with less without, or during less before; -1..1. */
  difference: number | null;
  interval: [number, number] | null;
}

export const rate = (twitchNights: number, nights: number): number | null =>
  nights > 0 ? Math.min(1, Math.max(0, twitchNights / nights)) : null;

const side = (key: SideKey, twitchNights: number, nights: number): Side => ({
  side: key,
  twitchNights,
  nights,
  rate: rate(twitchNights, nights),
});

const drawable = (sides: [Side, Side]): boolean => sides.every((item) => item.rate !== null);

/** A factor's nights: with it first; the difference is with less without. */
export const factorComparison = (factor: FactorComparison): Comparison => {
  const sides: [Side, Side] = [
    side("with", factor.twitch_nights_with, factor.nights_with),
    side("without", factor.twitch_nights_without, factor.nights_without),
  ];
  return { drawable: drawable(sides), sides, difference: factor.difference, interval: factor.interval };
};

/** An experiment's nights: before it first; the difference is during less before. None without a baseline. */
export const experimentComparison = (experiment: Experiment): Comparison | null => {
  const { baseline, during } = experiment;
  if (!baseline) return null;
  const sides: [Side, Side] = [
    side("before", baseline.twitch_nights, baseline.nights),
    side("during", during.twitch_nights, during.nights),
  ];
  return { drawable: drawable(sides), sides, difference: experiment.difference, interval: experiment.interval };
};

/**
 * A difference of rates in whole percentage points with its sign: "+40", "-12", "0" (rounded
 * half up, as the integration's Markdown does).
 */
export const points = (difference: number): string => {
  const value = Math.floor(difference * 100 + 0.5);
  return value > 0 ? `+${value}` : value < 0 ? `-${-value}` : "0";
};

/** The drawing's size in SVG user units. */
export const BARS = {
  width: 320,
  labelWidth: 76,
  barHeight: 26,
  gap: 10,
  /** The interval's band below the bars: its line, its caps and the tick labels under it. */
  axisGap: 14,
  axisHeight: 34,
  capHeight: 12,
} as const;

export interface Bar {
  side: SideKey;
  y: number;
  trackX: number;
  trackWidth: number;
  fillWidth: number;
  percent: number;
}

export interface Tick {
  value: number;
  x: number;
  label: string;
}

/** Where the interval of the difference goes; x from −100 points (left) to +100 (right). */
export interface IntervalMark {
  /** The middle of the band, where the whisker's line runs. */
  y: number;
  axisX: number;
  axisWidth: number;
  zeroX: number;
  lowX: number;
  highX: number;
  pointX: number;
  /** The interval holds 0: no difference is among the plausible ones. */
  holdsZero: boolean;
  ticks: Tick[];
}

export interface Geometry {
  height: number;
  bars: Bar[];
  interval: IntervalMark | null;
}

const round1 = (value: number): number => Math.round(value * 10) / 10;
const clamp = (value: number): number => Math.min(1, Math.max(-1, value));

/** Where each bar goes (the track spans the width, the fill is the rate), and the interval below them. */
export const barGeometry = (comparison: Comparison): Geometry => {
  const trackX = BARS.labelWidth;
  const trackWidth = BARS.width - BARS.labelWidth;
  const bars = comparison.sides.map((item, index) => ({
    side: item.side,
    y: index * (BARS.barHeight + BARS.gap),
    trackX,
    trackWidth,
    fillWidth: round1((item.rate ?? 0) * trackWidth),
    percent: Math.round((item.rate ?? 0) * 100),
  }));
  const barsHeight = 2 * BARS.barHeight + BARS.gap;
  const { difference, interval } = comparison;
  if (difference === null || interval === null) return { height: barsHeight, bars, interval: null };
  const top = barsHeight + BARS.axisGap;
  const x = (value: number): number => round1(trackX + ((clamp(value) + 1) / 2) * trackWidth);
  const [low, high] = interval[0] <= interval[1] ? interval : [interval[1], interval[0]];
  return {
    height: top + BARS.axisHeight,
    bars,
    interval: {
      y: top + BARS.capHeight / 2,
      axisX: trackX,
      axisWidth: trackWidth,
      zeroX: x(0),
      lowX: x(low),
      highX: x(high),
      pointX: x(difference),
      holdsZero: low <= 0 && 0 <= high,
      ticks: [-1, -0.5, 0, 0.5, 1].map((value) => ({ value, x: x(value), label: points(value) })),
    },
  };
};
