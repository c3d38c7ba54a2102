/** Twitch rates with and without a trigger, and the geometry of the paired bars that show them. */
import type { TriggerInsight } from "./types";

export interface Side {
  side: "with" | "without";
  twitchNights: number;
  nights: number;
  /** Twitch nights / nights, 0-1; null without any night. */
  rate: number | null;
}

export interface Comparison {
  trigger: TriggerInsight["trigger"];
  /** Both sides have enough nights to compare (the server's verdict, and never with an empty side). */
  enough: boolean;
  sides: [Side, Side];
}

export const rate = (twitchNights: number, nights: number): number | null =>
  nights > 0 ? Math.min(1, Math.max(0, twitchNights / nights)) : null;

export const compare = (insight: TriggerInsight): Comparison => {
  const withIt: Side = {
    side: "with",
    twitchNights: insight.twitch_nights_with,
    nights: insight.nights_with,
    rate: rate(insight.twitch_nights_with, insight.nights_with),
  };
  const without: Side = {
    side: "without",
    twitchNights: insight.twitch_nights_without,
    nights: insight.nights_without,
    rate: rate(insight.twitch_nights_without, insight.nights_without),
  };
  return {
    trigger: insight.trigger,
    enough: insight.enough_nights && withIt.rate !== null && without.rate !== null,
    sides: [withIt, without],
  };
};

/** The drawing's size in SVG user units. */
export const BARS = {
  width: 320,
  labelWidth: 76,
  barHeight: 26,
  gap: 10,
} as const;

export interface Bar {
  side: Side["side"];
  y: number;
  trackX: number;
  trackWidth: number;
  fillWidth: number;
  percent: number;
}

/** Where each bar of a comparison goes: the track spans the width, the fill is the rate. */
export const barGeometry = (comparison: Comparison): { height: number; bars: Bar[] } => {
  const trackX = BARS.labelWidth;
  const trackWidth = BARS.width - BARS.labelWidth;
  const bars = comparison.sides.map((side, index) => ({
    side: side.side,
    y: index * (BARS.barHeight + BARS.gap),
    trackX,
    trackWidth,
    fillWidth: Math.round((side.rate ?? 0) * trackWidth * 10) / 10,
    percent: Math.round((side.rate ?? 0) * 100),
  }));
  return { height: 2 * BARS.barHeight + BARS.gap, bars };
};
