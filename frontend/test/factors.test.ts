import { describe, expect, it } from "vitest";
import {
  amountChoices,
  chipOf,
  customNames,
  experimentOffers,
  factorName,
  formatAmount,
  needsInput,
  parseAmount,
  rowFactorNames,
} from "../src/factors";
import type { AmountSpec } from "../src/types";
import { factorOf } from "./fixtures";
import { englishTexts } from "./texts";

const texts = englishTexts();
const WATER: AmountSpec = { min: 0.1, max: 10, step: 0.1, unit: "litres" };
const ALCOHOL: AmountSpec = { min: 1, max: 20, step: 1, unit: "drinks" };
const STRESS: AmountSpec = { min: 1, max: 3, step: 1, unit: "level" };

describe("factor names", () => {
  it("names built-in factors from the texts and custom ones as the user did", () => {
    expect(factorName(texts, "alcohol")).toBe("Alcohol");
    expect(factorName(texts, "water")).toBe("Too little water (under 2 litres)");
    expect(factorName(texts, "custom_yoga", "Yoga")).toBe("Yoga");
    expect(factorName(texts, "custom_gone", null)).toBe("custom_gone");
  });

  it("names a night's factors, custom ones by the names the server gives", () => {
    const custom = customNames([factorOf({ factor: "custom_yoga", name: "Yoga" }), factorOf({ factor: "alcohol" })]);
    expect([...custom]).toEqual([["custom_yoga", "Yoga"]]);
    expect(rowFactorNames(["caffeine_after_cutoff", "custom_yoga"], texts, custom)).toEqual([
      "Caffeine after the cutoff",
      "Yoga",
    ]);
  });
});

describe("the chips of Tonight", () => {
  it("shows a factor not logged tonight as a plain chip that logs at once", () => {
    expect(chipOf(factorOf(), texts)).toEqual({
      factor: "magnesium",
      label: "Magnesium",
      logged: false,
      amount: "",
      asksAmount: false,
    });
  });

  it("shows what was logged tonight, with the amount added up", () => {
    const water = factorOf({ factor: "water", amount: WATER, logged_tonight: 3, amount_tonight: 1.5 });
    expect(chipOf(water, texts)).toMatchObject({ label: "Water", logged: true, amount: "1.5 L", asksAmount: true });
    const drinks = factorOf({ factor: "alcohol", amount: ALCOHOL, logged_tonight: 1, amount_tonight: 1 });
    expect(chipOf(drinks, texts).amount).toBe("1 drink");
    expect(chipOf({ ...drinks, amount_tonight: 2 }, texts).amount).toBe("2 drinks");
    expect(chipOf(factorOf({ factor: "custom_yoga", name: "Yoga", logged_tonight: 1 }), texts)).toMatchObject({
      label: "Yoga",
      logged: true,
      amount: "",
    });
  });

  it("shows no amount for a factor with one that was not logged tonight", () => {
    expect(chipOf(factorOf({ factor: "stress", amount: STRESS }), texts)).toMatchObject({ logged: false, amount: "" });
    expect(formatAmount(2, "level", texts)).toBe("level 2");
  });
});

describe("amounts", () => {
  it("offers every value of a short range, and a few presets of a wide one", () => {
    expect(amountChoices(STRESS)).toEqual([1, 2, 3]);
    expect(needsInput(STRESS)).toBe(false);
    expect(amountChoices(WATER)).toEqual([0.2, 0.5, 1]);
    expect(amountChoices(ALCOHOL)).toEqual([1, 2, 3]);
    expect(needsInput(WATER)).toBe(true);
    expect(amountChoices({ min: 0, max: 0.4, step: 0.1, unit: "litres" })).toEqual([0, 0.1, 0.2, 0.3, 0.4]);
  });

  it("reads a typed amount onto the step, with a comma too, and refuses one out of range", () => {
    expect(parseAmount("0.7", WATER)).toBe(0.7);
    expect(parseAmount("1,25", WATER)).toBe(1.3);
    expect(parseAmount(" 2 ", ALCOHOL)).toBe(2);
    expect(parseAmount("0", WATER)).toBeNull();
    expect(parseAmount("21", ALCOHOL)).toBeNull();
    expect(parseAmount("", WATER)).toBeNull();
    expect(parseAmount("lots", WATER)).toBeNull();
  });
});

/** A factor known on some recorded nights. */
const KNOWN = { nights_with: 2, nights_without: 30 };

describe("the experiment a factor's row offers", () => {
  it("suggests avoiding a factor that goes with twitch nights, and keeping one that seems to help", () => {
    expect(experimentOffers({ verdict: "linked", ...KNOWN })).toEqual([{ keep: "avoid", suggested: true }]);
    expect(experimentOffers({ verdict: "seems_to_help", ...KNOWN })).toEqual([{ keep: "do", suggested: true }]);
  });

  it("offers nothing for a factor not known on any recorded night", () => {
    expect(experimentOffers({ verdict: "not_enough_nights", nights_with: 0, nights_without: 0 })).toEqual([]);
  });

  it("offers either change, unsuggested, when the nights say nothing clear", () => {
    for (const verdict of ["no_clear_link", "not_enough_nights"] as const) {
      expect(experimentOffers({ verdict, ...KNOWN })).toEqual([
        { keep: "avoid", suggested: false },
        { keep: "do", suggested: false },
      ]);
    }
  });
});
