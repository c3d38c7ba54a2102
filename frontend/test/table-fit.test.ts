import { describe, expect, it } from "vitest";
import { nextTableFit } from "../src/table-fit";

const table = { cards: false, tableWidth: 0 };

describe("the report's nights on a narrow screen", () => {
  it("keeps the table while every column fits", () => {
    expect(nextTableFit(table, { scrollWidth: 974, clientWidth: 974 })).toBe(table);
  });

  it("turns each night into a card as soon as a column would hide behind a sideways scroll", () => {
    // A phone (390 px: a 340 px box), or a tablet with the leg-movement columns (938 px table).
    expect(nextTableFit(table, { scrollWidth: 938, clientWidth: 340 })).toEqual({ cards: true, tableWidth: 938 });
    expect(nextTableFit(table, { scrollWidth: 938, clientWidth: 718 })).toEqual({ cards: true, tableWidth: 938 });
  });

  it("stays with cards until the box is as wide as the table needed, then shows the table again", () => {
    const cards = { cards: true, tableWidth: 938 };
    // With cards nothing scrolls sideways, so only the box's width tells.
    expect(nextTableFit(cards, { scrollWidth: 850, clientWidth: 850 })).toBe(cards);
    expect(nextTableFit(cards, { scrollWidth: 1006, clientWidth: 1006 })).toEqual({ cards: false, tableWidth: 938 });
  });
});
