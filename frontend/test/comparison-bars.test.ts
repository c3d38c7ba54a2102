import { describe, expect, it } from "vitest";
import { BARS, barGeometry, experimentComparison, factorComparison, points, rate } from "../src/comparison-bars";
import { comparisonOf, experimentOf } from "./fixtures";

const track = BARS.width - BARS.labelWidth;
const barsHeight = 2 * BARS.barHeight + BARS.gap;

describe("comparisons of twitch-night rates", () => {
  it("puts the nights with a factor first, then those without", () => {
    const comparison = factorComparison(comparisonOf());
    expect(comparison.drawable).toBe(true);
    expect(comparison.sides.map((side) => [side.side, side.twitchNights, side.nights, side.rate])).toEqual([
      ["with", 6, 10, 0.6],
      ["without", 4, 20, 0.2],
    ]);
    expect(comparison.difference).toBe(0.4);
    expect(comparison.interval).toEqual([0.05, 0.68]);
  });

  it("has no rate for a side without nights, and clamps impossible ones", () => {
    expect(rate(0, 0)).toBeNull();
    expect(rate(5, 4)).toBe(1);
    expect(factorComparison(comparisonOf({ nights_with: 0, twitch_nights_with: 0 })).drawable).toBe(false);
  });

  it("compares an experiment's nights before and during it, and nothing without a baseline", () => {
    const finished = experimentOf({ running: false, difference: -0.37, interval: [-0.7, -0.04] });
    expect(experimentComparison(finished)?.sides.map((side) => [side.side, side.twitchNights, side.nights])).toEqual([
      ["before", 8, 14],
      ["during", 1, 5],
    ]);
    expect(experimentComparison(experimentOf({ baseline: null }))).toBeNull();
  });

  it("writes a difference in signed whole points, rounding halves up as the Markdown does", () => {
    expect([0.4, -0.12, 0, 0.004, -0.004, 0.125, -0.125, 0.005, -0.005, 1, -1].map(points)).toEqual([
      "+40", "-12", "0", "0", "0", "+13", "-12", "+1", "0", "+100", "-100",
    ]);
  });
});

describe("the paired bars and the interval", () => {
  it("draws each fill as long as its rate along a shared track", () => {
    const { bars } = barGeometry(factorComparison(comparisonOf()));
    expect(bars[0]).toMatchObject({ side: "with", y: 0, trackX: BARS.labelWidth, trackWidth: track, percent: 60 });
    expect(bars[0]?.fillWidth).toBeCloseTo(track * 0.6, 1);
    expect(bars[1]).toMatchObject({ side: "without", y: BARS.barHeight + BARS.gap, percent: 20 });
    expect(bars[1]?.fillWidth).toBeCloseTo(track * 0.2, 1);
  });

  it("draws an empty fill for a rate of zero", () => {
    const { bars } = barGeometry(factorComparison(comparisonOf({ twitch_nights_without: 0 })));
    expect(bars[1]?.fillWidth).toBe(0);
    expect(bars[1]?.percent).toBe(0);
  });

  it("puts the interval below the bars on an axis from -100 points on the left to +100 on the right", () => {
    const { height, interval } = barGeometry(factorComparison(comparisonOf()));
    expect(interval).not.toBeNull();
    if (!interval) return;
    expect(height).toBe(barsHeight + BARS.axisGap + BARS.axisHeight);
    expect(interval.y).toBeGreaterThan(barsHeight);
    expect(interval.y).toBeLessThan(height);
    expect(interval.zeroX).toBeCloseTo(BARS.labelWidth + track / 2, 1);
    expect(interval.lowX).toBeCloseTo(BARS.labelWidth + track * 0.525, 1);
    expect(interval.highX).toBeCloseTo(BARS.labelWidth + track * 0.84, 1);
    expect(interval.pointX).toBeCloseTo(BARS.labelWidth + track * 0.7, 1);
    expect(interval.holdsZero).toBe(false);
    expect(interval.ticks.map((tick) => [tick.label, tick.x])).toEqual([
      ["-100", BARS.labelWidth],
      ["-50", BARS.labelWidth + track / 4],
      ["0", BARS.labelWidth + track / 2],
      ["+50", BARS.labelWidth + (3 * track) / 4],
      ["+100", BARS.labelWidth + track],
    ]);
  });

  it("says when the interval holds 0, and keeps a wide one on the axis", () => {
    const { interval } = barGeometry(factorComparison(comparisonOf({ difference: -0.1, interval: [-1.2, 0.3] })));
    expect(interval?.holdsZero).toBe(true);
    expect(interval?.lowX).toBe(BARS.labelWidth);
    expect(interval?.pointX).toBeLessThan(interval?.zeroX ?? 0);
  });

  it("draws no interval without one, and only the bars' height", () => {
    const geometry = barGeometry(factorComparison(comparisonOf({ difference: null, interval: null })));
    expect(geometry.interval).toBeNull();
    expect(geometry.height).toBe(barsHeight);
  });
});
