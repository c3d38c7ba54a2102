import { afterEach, describe, expect, it, vi } from "vitest";
import {
  HEATMAP_WEEKS,
  calendarLayout,
  firstNightOf,
  firstWeekdayOf,
  languageFirstWeekday,
  monthLabels,
  startOfWeek,
  weekdayNames,
} from "../src/calendar";
import { weekday } from "../src/dates";

const MONDAY = 1;
const SUNDAY = 0;

describe("the heat map's 26-week calendar", () => {
  const layout = calendarLayout("2026-11-04", MONDAY); // a Wednesday

  it("holds 25 whole weeks and this week up to tonight", () => {
    expect(layout.weeks).toBe(HEATMAP_WEEKS);
    expect(layout.firstNight).toBe("2026-05-11"); // a Monday
    expect(layout.lastNight).toBe("2026-11-04");
    expect(layout.cells).toHaveLength(25 * 7 + 3);
    expect(layout.cells[0]).toEqual({ night: "2026-05-11", week: 0, day: 0 });
    expect(layout.cells.at(-1)).toEqual({ night: "2026-11-04", week: 25, day: 2 });
    expect(firstNightOf("2026-11-04", MONDAY)).toBe(layout.firstNight);
  });

  it("starts each week on Home Assistant's first day of the week", () => {
    expect(layout.weekdays).toEqual([1, 2, 3, 4, 5, 6, 0]);
    for (const cell of layout.cells) expect(weekday(cell.night)).toBe(layout.weekdays[cell.day]);
    const sunday = calendarLayout("2026-11-04", SUNDAY);
    expect(sunday.weekdays).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(sunday.firstNight).toBe("2026-05-10"); // a Sunday
    expect(sunday.cells.at(-1)).toEqual({ night: "2026-11-04", week: 25, day: 3 });
    for (const cell of sunday.cells) expect(weekday(cell.night)).toBe(sunday.weekdays[cell.day]);
    expect(startOfWeek("2026-11-08", MONDAY)).toBe("2026-11-02");
    expect(startOfWeek("2026-11-08", SUNDAY)).toBe("2026-11-08");
  });

  it("keeps every night in its place from day to day, until a new week begins", () => {
    const place = (tonight: string, night: string) =>
      calendarLayout(tonight, MONDAY).cells.find((cell) => cell.night === night);
    // Wednesday to Sunday of one week: nothing moves, tonight's week fills up.
    for (const tonight of ["2026-11-05", "2026-11-06", "2026-11-08"]) {
      expect(place(tonight, "2026-10-01")).toEqual(place("2026-11-04", "2026-10-01"));
      expect(place(tonight, "2026-11-04")).toEqual({ night: "2026-11-04", week: 25, day: 2 });
    }
    // On Monday a new week begins: every night moves one week back.
    expect(place("2026-11-09", "2026-11-04")).toEqual({ night: "2026-11-04", week: 24, day: 2 });
    expect(calendarLayout("2026-11-09", MONDAY).cells.at(-1)).toEqual({ night: "2026-11-09", week: 25, day: 0 });
  });

  it("puts consecutive nights along a week and the same weekday a week later in the next week", () => {
    const index = layout.cells.findIndex((cell) => cell.night === "2026-10-01"); // a Thursday
    expect(layout.cells[index]).toMatchObject({ week: 20, day: 3 });
    expect(layout.cells[index + 1]).toMatchObject({ night: "2026-10-02", week: 20, day: 4 });
    expect(layout.cells[index + 7]).toMatchObject({ night: "2026-10-08", week: 21, day: 3 });
  });

  it("is made of calendar dates, so daylight-saving changes move nothing", () => {
    // Europe and the US change clocks on 2026-03-29, 2026-03-08, 2026-10-25 and 2026-11-01.
    const nights = calendarLayout("2026-11-02", MONDAY).cells.map((cell) => cell.night);
    expect(nights).toContain("2026-10-25");
    expect(nights).toContain("2026-11-01");
    expect(new Set(nights).size).toBe(25 * 7 + 1);
    const spring = calendarLayout("2026-04-10", MONDAY).cells.map((cell) => cell.night);
    expect(spring.slice(spring.indexOf("2026-03-28"), spring.indexOf("2026-03-28") + 3)).toEqual([
      "2026-03-28",
      "2026-03-29",
      "2026-03-30",
    ]);
  });

  it("includes the leap day of a leap year and skips it otherwise", () => {
    expect(calendarLayout("2028-03-15", MONDAY).cells.map((cell) => cell.night)).toContain("2028-02-29");
    const common = calendarLayout("2027-03-15", MONDAY).cells.map((cell) => cell.night);
    expect(common.slice(common.indexOf("2027-02-28"), common.indexOf("2027-02-28") + 2)).toEqual([
      "2027-02-28",
      "2027-03-01",
    ]);
    expect(calendarLayout("2028-03-15", MONDAY).firstNight).toBe("2027-09-20");
  });

  it("labels the week of each month's 1st, and the first week when there is room", () => {
    expect(layout.monthLabels.map((label) => [label.week, label.month])).toEqual([
      [0, 5],
      [3, 6],
      [7, 7],
      [11, 8],
      [16, 9],
      [20, 10],
      [24, 11], // Sunday 2026-11-01 ends the week before tonight's
    ]);
    expect(layout.monthLabels[0]?.night).toBe("2026-05-11");
    expect(layout.monthLabels[1]?.night).toBe("2026-06-01");
  });

  it("leaves the first week unlabelled when the next month starts right after it", () => {
    const labels = calendarLayout("2027-01-20", MONDAY).monthLabels; // first night 2026-07-27
    expect(labels[0]).toEqual({ week: 0, night: "2026-08-01", year: 2026, month: 8 });
    expect(labels.filter((label) => label.week === 0)).toHaveLength(1);
    expect(labels.at(-1)).toMatchObject({ year: 2027, month: 1 });
  });

  it("labels nothing extra for an empty map", () => {
    expect(monthLabels([])).toEqual([]);
  });
});

describe("the weekday labels", () => {
  it("name the seven days in the order of the weeks, in the user's language", () => {
    const monday = calendarLayout("2026-11-04", MONDAY).weekdays;
    expect(weekdayNames(monday, "de")).toEqual(["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]);
    const sunday = calendarLayout("2026-11-04", SUNDAY).weekdays;
    expect(weekdayNames(sunday, "en")).toEqual(["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]);
  });
});

describe("Home Assistant's first day of the week", () => {
  afterEach(() => vi.restoreAllMocks());

  it("is the weekday the user chose", () => {
    expect(firstWeekdayOf({ language: "de", first_weekday: "sunday" })).toBe(SUNDAY);
    expect(firstWeekdayOf({ language: "en", first_weekday: "monday" })).toBe(MONDAY);
    expect(firstWeekdayOf({ language: "en", first_weekday: "saturday" })).toBe(6);
  });

  it("is the language's own for the setting \"language\", as the frontend resolves it", () => {
    expect(firstWeekdayOf({ language: "en", first_weekday: "language" })).toBe(SUNDAY);
    expect(firstWeekdayOf({ language: "en-GB", first_weekday: "language" })).toBe(MONDAY);
    expect(firstWeekdayOf({ language: "de", first_weekday: "language" })).toBe(MONDAY);
    expect(firstWeekdayOf({ language: "nl" })).toBe(MONDAY);
    expect(firstWeekdayOf(undefined)).toBe(SUNDAY); // English
  });

  it("is found from the region where the browser has no week data, and is Monday when unknown", () => {
    vi.spyOn(Intl.Locale.prototype, "weekInfo" as keyof Intl.Locale, "get").mockReturnValue(undefined as never);
    expect(languageFirstWeekday("en")).toBe(SUNDAY);
    expect(languageFirstWeekday("pt-BR")).toBe(SUNDAY);
    expect(languageFirstWeekday("fr")).toBe(MONDAY);
    expect(languageFirstWeekday("ar-EG")).toBe(6);
    expect(languageFirstWeekday("not a language")).toBe(MONDAY);
  });
});
