import { describe, expect, it } from "vitest";
import { BARS, barGeometry, compare, rate } from "../src/trigger-bars";
import type { TriggerInsight } from "../src/types";

const insight = (overrides: Partial<TriggerInsight> = {}): TriggerInsight => ({
  trigger: "caffeine_after_cutoff",
  nights_with: 8,
  twitch_nights_with: 6,
  nights_without: 20,
  twitch_nights_without: 3,
  enough_nights: true,
  ...overrides,
});

describe("trigger comparisons", () => {
  it("computes the twitch rate with and without the trigger", () => {
    const comparison = compare(insight());
    expect(comparison.enough).toBe(true);
    expect(comparison.sides.map((side) => [side.side, side.twitchNights, side.nights, side.rate])).toEqual([
      ["with", 6, 8, 0.75],
      ["without", 3, 20, 0.15],
    ]);
  });

  it("has no rate for a side without nights, and clamps impossible ones", () => {
    expect(rate(0, 0)).toBeNull();
    expect(rate(5, 4)).toBe(1);
  });

  it("says not enough nights when the server says so or a side is empty", () => {
    expect(compare(insight({ nights_with: 2, twitch_nights_with: 2, enough_nights: false })).enough).toBe(false);
    expect(compare(insight({ nights_with: 0, twitch_nights_with: 0, enough_nights: true })).enough).toBe(false);
  });

  it("draws each fill as long as its rate along a shared track", () => {
    const { height, bars } = barGeometry(compare(insight()));
    const track = BARS.width - BARS.labelWidth;
    expect(height).toBe(2 * BARS.barHeight + BARS.gap);
    expect(bars[0]).toMatchObject({ side: "with", y: 0, trackX: BARS.labelWidth, trackWidth: track, percent: 75 });
    expect(bars[0]?.fillWidth).toBeCloseTo(track * 0.75, 1);
    expect(bars[1]).toMatchObject({ side: "without", y: BARS.barHeight + BARS.gap, percent: 15 });
    expect(bars[1]?.fillWidth).toBeCloseTo(track * 0.15, 1);
  });

  it("draws an empty fill for a rate of zero", () => {
    const { bars } = barGeometry(compare(insight({ twitch_nights_without: 0 })));
    expect(bars[1]?.fillWidth).toBe(0);
    expect(bars[1]?.percent).toBe(0);
  });
});
