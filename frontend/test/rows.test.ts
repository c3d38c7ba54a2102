import { describe, expect, it } from "vitest";
import { isMeasured, nightRows, rowsByNight, withDefaults } from "../src/rows";

describe("rows with their empty fields left out", () => {
  it("fills every left-out field with its empty value", () => {
    expect(withDefaults({ night: "2026-11-01" })).toEqual({
      night: "2026-11-01",
      twitches: 0,
      twitch_times: [],
      woke_up_twitches: 0,
      body_parts: [],
      caffeine_after_cutoff: false,
      late_vigorous_exercise: false,
      bedroom_temperature_at_bedtime: null,
      symptoms: [],
      notes: [],
      limb_movements: null,
      periodic_limb_movements: null,
      plm_index: null,
      periodicity_index: null,
      left_leg_movements: null,
      right_leg_movements: null,
      time_asleep_min: null,
      plms_index: null,
      recorded: false,
      factors: [],
    });
  });

  it("keeps the fields that are there, zero measurements included", () => {
    const row = withDefaults({
      night: "2026-11-02",
      twitches: 2,
      twitch_times: ["23:40", "01:10"],
      caffeine_after_cutoff: true,
      bedroom_temperature_at_bedtime: 0,
      limb_movements: 0,
      periodic_limb_movements: 0,
      plm_index: 0,
    });
    expect(row.twitches).toBe(2);
    expect(row.twitch_times).toEqual(["23:40", "01:10"]);
    expect(row.caffeine_after_cutoff).toBe(true);
    expect(row.late_vigorous_exercise).toBe(false);
    expect(row.bedroom_temperature_at_bedtime).toBe(0);
    expect(row.plm_index).toBe(0);
    expect(isMeasured(row)).toBe(true);
    expect(isMeasured(withDefaults({ night: "2026-11-02" }))).toBe(false);
  });

  it("reads notes: null (a user who may not read notes) as no notes", () => {
    expect(withDefaults({ night: "2026-11-01", notes: null }).notes).toEqual([]);
  });

  it("does not share the default lists between rows", () => {
    const first = withDefaults({ night: "2026-11-01" });
    first.symptoms.push("urge_to_move");
    expect(withDefaults({ night: "2026-11-02" }).symptoms).toEqual([]);
  });

  it("reads one list of values per night, in the order of `fields`", () => {
    const rows = nightRows({
      temperature_unit: "°C",
      journal_begins: "2026-11-01",
      fields: ["night", "twitches", "twitch_times", "woke_up_twitches", "plm_index"],
      factor_keys: [],
      nights: [
        ["2026-11-01", 2, ["23:40", "01:10"], 1, null],
        ["2026-11-02", 0, [], 0, 16.5],
      ],
    });
    expect(rows.map((row) => [row.night, row.twitches, row.twitch_times, row.woke_up_twitches, row.plm_index])).toEqual([
      ["2026-11-01", 2, ["23:40", "01:10"], 1, null],
      ["2026-11-02", 0, [], 0, 16.5],
    ]);
    expect(rows[0]?.symptoms).toEqual([]);
  });

  it("reads a night whose values end early (nothing measured) as null from there on", () => {
    const [unmeasured, measured] = nightRows({
      temperature_unit: "°C",
      journal_begins: "2026-11-01",
      fields: ["night", "twitches", "limb_movements", "plm_index", "left_leg_movements", "time_asleep_min"],
      factor_keys: [],
      nights: [
        ["2026-11-01", 2],
        ["2026-11-02", 0, 40, 5, 22],
      ],
    });
    expect(unmeasured).toMatchObject({ twitches: 2, limb_movements: null, plm_index: null, left_leg_movements: null });
    expect(isMeasured(unmeasured!)).toBe(false);
    expect(measured).toMatchObject({ limb_movements: 40, plm_index: 5, left_leg_movements: 22, time_asleep_min: null });
  });

  it("indexes rows by night", () => {
    const rows = rowsByNight(
      nightRows({
        temperature_unit: "°C",
        journal_begins: "2026-11-01",
        fields: ["night", "twitches"],
        factor_keys: [],
        nights: [
          ["2026-11-01", 3],
          ["2026-11-02", 0],
        ],
      }),
    );
    expect(rows.get("2026-11-01")?.twitches).toBe(3);
    expect(rows.get("2026-11-02")?.twitches).toBe(0);
    expect(rows.has("2026-11-03")).toBe(false);
  });

  it("names a night's factors by their positions in factor_keys, and reads whether it is recorded", () => {
    const rows = nightRows({
      temperature_unit: "°C",
      journal_begins: "2026-11-01",
      fields: ["night", "recorded", "factors"],
      factor_keys: ["caffeine_after_cutoff", "alcohol", "custom_yoga"],
      nights: [
        ["2026-11-01", true, [0, 2]],
        ["2026-11-02", false, []],
        ["2026-11-03", true, [1, 7]],
      ],
    });
    expect(rows.map((row) => [row.night, row.recorded, row.factors])).toEqual([
      ["2026-11-01", true, ["caffeine_after_cutoff", "custom_yoga"]],
      ["2026-11-02", false, []],
      ["2026-11-03", true, ["alcohol"]],
    ]);
  });
});
