import { describe, expect, it } from "vitest";
import { moveCell, nextTab } from "../src/keyboard";

describe("keyboard movement", () => {
  it("moves between tabs with arrows, wrapping, and with Home/End", () => {
    expect(nextTab(0, "ArrowRight", 4)).toBe(1);
    expect(nextTab(3, "ArrowRight", 4)).toBe(0);
    expect(nextTab(0, "ArrowLeft", 4)).toBe(3);
    expect(nextTab(2, "Home", 4)).toBe(0);
    expect(nextTab(1, "End", 4)).toBe(3);
    expect(nextTab(1, "a", 4)).toBe(1);
  });

  it("moves a week right/left and a night down/up in the heat map, stopping at its edges", () => {
    expect(moveCell(10, "ArrowRight", 182)).toBe(17);
    expect(moveCell(10, "ArrowLeft", 182)).toBe(3);
    expect(moveCell(10, "ArrowDown", 182)).toBe(11);
    expect(moveCell(10, "ArrowUp", 182)).toBe(9);
    expect(moveCell(3, "ArrowLeft", 182)).toBe(3);
    expect(moveCell(178, "ArrowRight", 182)).toBe(178);
    expect(moveCell(181, "ArrowDown", 182)).toBe(181);
    expect(moveCell(50, "Home", 182)).toBe(0);
    expect(moveCell(50, "End", 182)).toBe(181);
    expect(moveCell(50, "Tab", 182)).toBe(50);
  });

  it("moves a night sideways and a week up or down when weeks are rows", () => {
    expect(moveCell(10, "ArrowRight", 178, true)).toBe(11);
    expect(moveCell(10, "ArrowLeft", 178, true)).toBe(9);
    expect(moveCell(10, "ArrowDown", 178, true)).toBe(17);
    expect(moveCell(10, "ArrowUp", 178, true)).toBe(3);
    expect(moveCell(3, "ArrowUp", 178, true)).toBe(3);
    // Tonight is the last night: nothing below it in a short last week.
    expect(moveCell(172, "ArrowDown", 178, true)).toBe(172);
    expect(moveCell(177, "ArrowRight", 178, true)).toBe(177);
  });
});
