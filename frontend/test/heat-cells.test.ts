import { describe, expect, it } from "vitest";
import { calendarLayout } from "../src/calendar";
import { cellClasses, cellLabel, heatCell } from "../src/heat-cells";
import { nightRows, rowsByNight, withDefaults } from "../src/rows";
import { englishTexts } from "./texts";

describe("the heat map's cells", () => {
  it("has no count for a night not recorded, whatever else its row says", () => {
    // A bedtime reading alone does not make a night recorded: nobody said it was calm.
    const row = withDefaults({ night: "2026-11-09", bedroom_temperature_at_bedtime: 19, recorded: false });
    expect(heatCell("2026-11-09", row)).toEqual({ night: "2026-11-09", recorded: false });
    expect(heatCell("2026-11-09", withDefaults({ night: "2026-11-09" }))).toEqual({ night: "2026-11-09", recorded: false });
    expect(heatCell("2026-11-09", undefined)).toEqual({ night: "2026-11-09", recorded: false });
  });

  it("counts a recorded night: a calm night is 0, not 'not recorded'", () => {
    expect(heatCell("2026-11-10", withDefaults({ night: "2026-11-10", recorded: true }))).toEqual({
      night: "2026-11-10",
      recorded: true,
      count: 0,
      wokeUp: 0,
      level: 0,
    });
    const row = withDefaults({ night: "2026-11-11", twitches: 3, woke_up_twitches: 1, recorded: true });
    expect(heatCell("2026-11-11", row)).toEqual({ night: "2026-11-11", recorded: true, count: 3, wokeUp: 1, level: 3 });
  });

  it("draws calm, twitch and not-recorded nights with different classes", () => {
    const cell = (fields: Parameters<typeof withDefaults>[0]) => cellClasses(heatCell(fields.night, withDefaults(fields)));
    expect(cell({ night: "2026-11-09" })).toBe("cell not-recorded");
    expect(cell({ night: "2026-11-10", recorded: true })).toBe("cell level-0 calm");
    expect(cell({ night: "2026-11-11", recorded: true, twitches: 2 })).toBe("cell level-2");
    expect(cell({ night: "2026-11-12", recorded: true, twitches: 5, woke_up_twitches: 1 })).toBe("cell level-4 woke");
  });

  it("says 'no data' for a night not recorded and 'calm' for a recorded one without twitches", () => {
    const texts = englishTexts();
    const before = cellLabel(heatCell("2026-11-09", withDefaults({ night: "2026-11-09" })), texts);
    expect(before).toBe("Mon, Nov 9, 2026: not recorded");
    expect(before).not.toContain("twitch");
    expect(cellLabel(heatCell("2026-11-10", withDefaults({ night: "2026-11-10", recorded: true })), texts)).toBe(
      "Tue, Nov 10, 2026: calm night, no twitches",
    );
    const woke = withDefaults({ night: "2026-11-11", twitches: 1, woke_up_twitches: 1, recorded: true });
    expect(cellLabel(heatCell("2026-11-11", woke), texts)).toBe("Wed, Nov 11, 2026: 1 twitch, 1 woke you up");
  });

  it("reads recorded and not-recorded nights of a 26-week map from the nights reply", () => {
    const layout = calendarLayout("2026-11-16", 1); // a Monday: 25 whole weeks and tonight
    const recorded = new Set(["2026-11-10", "2026-11-12", "2026-11-14"]);
    const rows = rowsByNight(
      nightRows({
        temperature_unit: "°C",
        journal_begins: "2026-11-10",
        fields: ["night", "twitches", "recorded", "factors"],
        factor_keys: ["caffeine_after_cutoff", "alcohol"],
        nights: layout.cells.map((cell) => [
          cell.night,
          cell.night === "2026-11-14" ? 2 : 0,
          recorded.has(cell.night),
          cell.night === "2026-11-14" ? [1] : [],
        ]),
      }),
    );
    const cells = layout.cells.map((cell) => heatCell(cell.night, rows.get(cell.night)));
    expect(cells.filter((cell) => !cell.recorded)).toHaveLength(176 - 3);
    expect(cells.flatMap((cell) => (cell.recorded ? [[cell.night, cell.count]] : []))).toEqual([
      ["2026-11-10", 0],
      ["2026-11-12", 0],
      ["2026-11-14", 2],
    ]);
    expect(rows.get("2026-11-14")?.factors).toEqual(["alcohol"]);
  });
});
