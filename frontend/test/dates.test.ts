import { describe, expect, it } from "vitest";
import {
  formatClock,
  addNights,
  dayNumber,
  formatNight,
  formatTime,
  fromDayNumber,
  isLeapYear,
  localDate,
  parseNight,
  weekday,
} from "../src/dates";

describe("night labels as calendar dates", () => {
  it("counts days from 1970-01-01 both ways", () => {
    expect(dayNumber("1970-01-01")).toBe(0);
    expect(dayNumber("2000-03-01")).toBe(11017);
    expect(fromDayNumber(11017)).toBe("2000-03-01");
    expect(fromDayNumber(-1)).toBe("1969-12-31");
    for (let day = 18000; day < 22000; day += 37) expect(dayNumber(fromDayNumber(day))).toBe(day);
  });

  it("adds nights across month, year and leap-day boundaries", () => {
    expect(addNights("2024-02-28", 1)).toBe("2024-02-29");
    expect(addNights("2023-02-28", 1)).toBe("2023-03-01");
    expect(addNights("2026-12-31", 1)).toBe("2027-01-01");
    expect(addNights("2026-03-29", -1)).toBe("2026-03-28");
    expect(addNights("2100-03-01", -1)).toBe("2100-02-28");
    expect(addNights("2000-03-01", -1)).toBe("2000-02-29");
  });

  it("knows leap years", () => {
    expect([1900, 2000, 2024, 2026].map(isLeapYear)).toEqual([false, true, true, false]);
  });

  it("refuses labels that are not dates", () => {
    expect(() => parseNight("2026-02-29")).toThrow(RangeError);
    expect(() => parseNight("2026-13-01")).toThrow(RangeError);
    expect(() => parseNight("2026-1-01")).toThrow(RangeError);
    expect(parseNight("2028-02-29")).toEqual({ year: 2028, month: 2, day: 29 });
  });

  it("gives weekdays as Date.getDay() does", () => {
    expect(weekday("1970-01-01")).toBe(4);
    expect(weekday("2026-11-01")).toBe(0);
    expect(weekday("1969-12-28")).toBe(0);
  });

  it("formats a night as its own calendar date in any time zone", () => {
    const date = localDate("2026-03-29");
    expect([date.getFullYear(), date.getMonth(), date.getDate()]).toEqual([2026, 2, 29]);
    expect(formatNight("2026-03-29", "en-GB", { day: "numeric", month: "long", year: "numeric" })).toBe(
      "29 March 2026",
    );
    expect(formatNight("0099-01-05", "en-US", { year: "numeric" })).toBe("99");
  });

  it("formats clock times in 24 hours when Home Assistant says so", () => {
    expect(formatTime("2026-11-01T22:30:00+00:00", "en-US", "24", "UTC")).toBe("22:30");
    expect(formatTime("2026-11-01T22:30:00+00:00", "en-GB", "am_pm", "UTC")).toMatch(/10:30\s?pm/i);
    expect(formatTime("not a time", "en-US")).toBe("");
  });
});

describe("a twitch's clock time", () => {
  it("follows the language and Home Assistant's time-format setting, never a time zone", () => {
    const spaced = (text: string) => text.replace(/\s/g, " ");
    expect(spaced(formatClock("23:10", "en-US"))).toBe("11:10 PM");
    expect(formatClock("23:10", "de")).toBe("23:10");
    expect(formatClock("00:05", "en-US", "24")).toBe("00:05");
    expect(spaced(formatClock("07:30", "de", "am_pm"))).toMatch(/^7:30 (AM|vorm\.)$/);
    expect(formatClock("soon", "en-US")).toBe("soon");
  });
});
