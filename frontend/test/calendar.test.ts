import { describe, expect, it } from "vitest";
import { HEATMAP_WEEKS, calendarLayout, firstNightOf, monthLabels } from "../src/calendar";
import { weekday } from "../src/dates";

describe("the heat map's 26-week calendar", () => {
  const layout = calendarLayout("2026-11-04"); // a Wednesday

  it("holds 182 nights, the last column ending with tonight", () => {
    expect(layout.cells).toHaveLength(HEATMAP_WEEKS * 7);
    expect(layout.columns).toBe(26);
    expect(layout.firstNight).toBe("2026-05-07");
    expect(layout.lastNight).toBe("2026-11-04");
    expect(layout.cells.at(-1)).toEqual({ night: "2026-11-04", column: 25, row: 6 });
    expect(layout.cells[0]).toEqual({ night: "2026-05-07", column: 0, row: 0 });
    expect(firstNightOf("2026-11-04")).toBe(layout.firstNight);
  });

  it("puts consecutive nights down a column and a week later one column right", () => {
    const index = layout.cells.findIndex((cell) => cell.night === "2026-10-01");
    expect(layout.cells[index]).toMatchObject({ column: 21, row: 0 });
    expect(layout.cells[index + 1]).toMatchObject({ night: "2026-10-02", column: 21, row: 1 });
    expect(layout.cells[index + 7]).toMatchObject({ night: "2026-10-08", column: 22, row: 0 });
  });

  it("keeps one weekday per row, the bottom row being tonight's", () => {
    expect(layout.rowWeekdays).toEqual([4, 5, 6, 0, 1, 2, 3]);
    for (const cell of layout.cells) expect(weekday(cell.night)).toBe(layout.rowWeekdays[cell.row]);
  });

  it("is made of calendar dates, so daylight-saving changes move nothing", () => {
    // Europe and the US change clocks on 2026-03-29, 2026-03-08, 2026-10-25 and 2026-11-01.
    const nights = calendarLayout("2026-11-02").cells.map((cell) => cell.night);
    expect(nights).toContain("2026-10-25");
    expect(nights).toContain("2026-11-01");
    expect(new Set(nights).size).toBe(182);
    const spring = calendarLayout("2026-04-10").cells.map((cell) => cell.night);
    expect(spring.slice(spring.indexOf("2026-03-28"), spring.indexOf("2026-03-28") + 3)).toEqual([
      "2026-03-28",
      "2026-03-29",
      "2026-03-30",
    ]);
  });

  it("includes the leap day of a leap year and skips it otherwise", () => {
    expect(calendarLayout("2028-03-15").cells.map((cell) => cell.night)).toContain("2028-02-29");
    const common = calendarLayout("2027-03-15").cells.map((cell) => cell.night);
    expect(common.slice(common.indexOf("2027-02-28"), common.indexOf("2027-02-28") + 2)).toEqual([
      "2027-02-28",
      "2027-03-01",
    ]);
    expect(calendarLayout("2028-03-15").firstNight).toBe("2027-09-16");
  });

  it("labels the column of each month's 1st, and the first column when there is room", () => {
    expect(layout.monthLabels.map((label) => [label.column, label.month])).toEqual([
      [0, 5],
      [3, 6],
      [7, 7],
      [12, 8],
      [16, 9],
      [21, 10],
      [25, 11],
    ]);
    expect(layout.monthLabels[0]?.night).toBe("2026-05-07");
    expect(layout.monthLabels[1]?.night).toBe("2026-06-01");
  });

  it("leaves the first column unlabelled when the next month starts right after it", () => {
    const labels = calendarLayout("2027-01-27").monthLabels; // first night 2026-07-30
    expect(labels[0]).toEqual({ column: 0, night: "2026-08-01", year: 2026, month: 8 });
    expect(labels.filter((label) => label.column === 0)).toHaveLength(1);
    expect(labels.at(-1)).toMatchObject({ year: 2027, month: 1 });
  });

  it("labels nothing extra for an empty map", () => {
    expect(monthLabels([])).toEqual([]);
  });
});
