import { describe, expect, it } from "vitest";
import { entryClock, entryText, nextExpiry, removableAt } from "../src/entries";
import type { HomeAssistant } from "../src/types";
import { factorOf } from "./fixtures";
import { englishTexts } from "./texts";

const texts = englishTexts();
const WATER = factorOf({ factor: "water", amount: { min: 0.1, max: 10, step: 0.1, unit: "litres" } });
const YOGA = factorOf({ factor: "custom_yoga", name: "Yoga" });

describe("an entry in words", () => {
  it("says what each kind recorded", () => {
    const time = "2026-11-16T21:45:00+00:00";
    expect(entryText({ kind: "twitch", time, woke_up: false, body_parts: ["legs"] }, texts)).toBe("Twitch");
    expect(entryText({ kind: "twitch", time, woke_up: true, body_parts: ["legs", "arms"] }, texts)).toBe(
      "Twitch, woke you up (Legs, Arms)",
    );
    expect(entryText({ kind: "caffeine", time, amount_mg: null }, texts)).toBe("Caffeine");
    expect(entryText({ kind: "caffeine", time, amount_mg: 95 }, texts)).toBe("Caffeine · 95 mg");
    expect(entryText({ kind: "exercise", time, intensity: "light", duration_min: 30 }, texts)).toBe("Exercise · Light · 30 min");
    expect(entryText({ kind: "symptom", time, symptom: "urge_to_move" }, texts)).toBe("Urge to move the legs at rest");
    expect(entryText({ kind: "calm_night", time }, texts)).toBe("Calm night");
  });

  it("names factors as their chips do, with their amounts in their units", () => {
    const time = "2026-11-16T21:45:00+00:00";
    expect(entryText({ kind: "factor", time, factor: "water", amount: 0.5 }, texts, [WATER])).toBe("Water · 0.5 L");
    expect(entryText({ kind: "factor", time, factor: "custom_yoga", amount: null }, texts, [YOGA])).toBe("Yoga");
    expect(entryText({ kind: "factor", time, factor: "stress", amount: 2 }, texts)).toBe("Stress · 2");
  });

  it("gives the time in the user's clock and Home Assistant's zone when asked to", () => {
    const hass = {
      locale: { language: "de", time_format: "24", time_zone: "server" },
      config: { time_zone: "Europe/Berlin" },
    } as unknown as HomeAssistant;
    expect(entryClock({ time: "2026-11-16T21:45:00.123456+00:00" }, texts, hass)).toBe("22:45");
  });

  it("lets an entry go until the server's removable_until, and says when the next Remove ends", () => {
    const time = "2026-11-16T21:45:00+00:00";
    const now = Date.parse("2026-11-16T21:50:00+00:00");
    const mine = { kind: "caffeine", time, amount_mg: null, removable: true, removable_until: "2026-11-16T22:00:00+00:00" } as const;
    const always = { ...mine, removable_until: null };
    const never = { ...mine, removable: false, removable_until: null };
    expect([mine, always, never].map((entry) => removableAt(entry, now))).toEqual([true, true, false]);
    expect(removableAt(mine, Date.parse(mine.removable_until))).toBe(false);
    expect(nextExpiry([always, mine, { ...mine, removable_until: "2026-11-16T21:55:00+00:00" }], now)).toBe(5 * 60 * 1000);
    expect(nextExpiry([always, never], now)).toBeNull();
    expect(nextExpiry([mine], Date.parse(mine.removable_until) + 1)).toBeNull();
  });
});
