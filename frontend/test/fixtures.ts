/** Server shapes for tests: a factor's comparison, an experiment, a loggable factor. */
import type { Experiment, FactorComparison, LoggableFactor } from "../src/types";

export const comparisonOf = (overrides: Partial<FactorComparison> = {}): FactorComparison => ({
  factor: "alcohol",
  name: null,
  nights_with: 10,
  twitch_nights_with: 6,
  nights_without: 20,
  twitch_nights_without: 4,
  rate_with: 0.6,
  rate_without: 0.2,
  difference: 0.4,
  interval: [0.05, 0.68],
  p_value: 0.04,
  q_value: 0.08,
  verdict: "linked",
  ...overrides,
});

export const experimentOf = (overrides: Partial<Experiment> = {}): Experiment => ({
  change: "alcohol",
  name: null,
  keep: "avoid",
  started: "2026-11-01",
  last_night: "2026-11-14",
  nights_planned: 14,
  nights_done: 5,
  ended: null,
  running: true,
  nights_recorded: 5,
  nights_kept: 4,
  adherence: 0.8,
  baseline: { nights: 14, twitch_nights: 8, rate: 8 / 14 },
  during: { nights: 5, twitch_nights: 1, rate: 0.2 },
  difference: null,
  interval: null,
  p_value: null,
  verdict: null,
  low_adherence: false,
  ...overrides,
});

export const factorOf = (overrides: Partial<LoggableFactor> = {}): LoggableFactor => ({
  factor: "magnesium",
  name: null,
  derived: false,
  amount: null,
  logged_tonight: 0,
  amount_tonight: null,
  ...overrides,
});
