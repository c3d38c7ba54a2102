import { describe, expect, it } from "vitest";
import { calendarLayout } from "../src/calendar";
import { cellLabel, heatCell, isRecorded } from "../src/heat-cells";
import { nightRows, rowsByNight, withDefaults } from "../src/rows";
import { englishTexts } from "./texts";

const BEGINS = "2026-11-10";

describe("the heat map's cells", () => {
  it("has no count for a night before the journal began, whatever its row says", () => {
    // The nights reply has a row for every night asked for, zeros before the journal began.
    const row = withDefaults({ night: "2026-11-09" });
    expect(heatCell("2026-11-09", row, BEGINS)).toEqual({ night: "2026-11-09", recorded: false });
    expect(heatCell("2026-11-09", undefined, BEGINS)).toEqual({ night: "2026-11-09", recorded: false });
    expect(isRecorded("2025-12-31", BEGINS)).toBe(false);
  });

  it("counts from the night the journal began on: a calm night is 0, not 'not recorded'", () => {
    expect(heatCell(BEGINS, withDefaults({ night: BEGINS }), BEGINS)).toEqual({
      night: BEGINS,
      recorded: true,
      count: 0,
      wokeUp: 0,
      level: 0,
    });
    expect(heatCell("2026-11-12", undefined, BEGINS)).toMatchObject({ recorded: true, count: 0, level: 0 });
    const row = withDefaults({ night: "2026-11-11", twitches: 3, woke_up_twitches: 1 });
    expect(heatCell("2026-11-11", row, BEGINS)).toEqual({
      night: "2026-11-11",
      recorded: true,
      count: 3,
      wokeUp: 1,
      level: 3,
    });
  });

  it("says 'no data' for a night not recorded, never '0 twitches'", () => {
    const texts = englishTexts();
    const before = cellLabel(heatCell("2026-11-09", withDefaults({ night: "2026-11-09" }), BEGINS), texts);
    expect(before).toBe("Mon, Nov 9, 2026: no data for this night");
    expect(before).not.toContain("twitch");
    expect(cellLabel(heatCell(BEGINS, withDefaults({ night: BEGINS }), BEGINS), texts)).toBe(
      "Tue, Nov 10, 2026: 0 twitches",
    );
    const woke = withDefaults({ night: "2026-11-11", twitches: 1, woke_up_twitches: 1 });
    expect(cellLabel(heatCell("2026-11-11", woke, BEGINS), texts)).toBe("Wed, Nov 11, 2026: 1 twitch, 1 woke you up");
  });

  it("leaves every night of a 26-week map before the journal's first night unrecorded", () => {
    const layout = calendarLayout("2026-11-16");
    const rows = rowsByNight(
      nightRows({
        temperature_unit: "°C",
        journal_begins: BEGINS,
        fields: ["night", "twitches"],
        nights: layout.cells.map((cell) => [cell.night, cell.night === "2026-11-14" ? 2 : 0]),
      }),
    );
    const cells = layout.cells.map((cell) => heatCell(cell.night, rows.get(cell.night), BEGINS));
    const notRecorded = cells.filter((cell) => !cell.recorded).map((cell) => cell.night);
    expect(notRecorded).toHaveLength(182 - 7);
    expect(notRecorded[0]).toBe(layout.firstNight);
    expect(notRecorded.at(-1)).toBe("2026-11-09");
    expect(cells.filter((cell) => cell.recorded).map((cell) => (cell.recorded ? cell.count : null))).toEqual([
      0, 0, 0, 0, 2, 0, 0,
    ]);
  });

  it("records every night of the map when the journal began before it", () => {
    const layout = calendarLayout("2026-11-16");
    expect(layout.cells.every((cell) => heatCell(cell.night, undefined, "2024-11-17").recorded)).toBe(true);
  });
});
