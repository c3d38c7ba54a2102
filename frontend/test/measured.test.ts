import { describe, expect, it } from "vitest";
import { limbMovementsCell, measuredFacts, periodicityCell, plmsIndexCell } from "../src/measured";
import { withDefaults } from "../src/rows";
import type { Texts } from "../src/format";
import { makeLocalize, REPORT_TEXTS } from "../src/localize";
import { makeNames } from "../src/names";
import type { NightRow } from "../src/types";
import de from "../src/translations/de.json";
import fr from "../src/translations/fr.json";
import { englishTexts } from "./texts";

const texts = englishTexts();

const textsIn = (locale: string, panel: Record<string, string>): Texts => {
  const t = makeLocalize(locale, { ...panel, ...REPORT_TEXTS[locale] });
  return { t, names: makeNames(t) };
};

const measured = { limb_movements: 40, periodic_limb_movements: 40, plm_index: 5, periodicity_index: 0.97 };
// Both legs and an asleep sensor; both legs; one sensor with an asleep sensor; one sensor.
const bothLegsAsleep: NightRow = withDefaults({
  night: "2026-11-15",
  ...measured,
  left_leg_movements: 22,
  right_leg_movements: 18,
  time_asleep_min: 365,
  plms_index: 6.67,
});
const bothLegs: NightRow = withDefaults({ night: "2026-11-14", ...measured, left_leg_movements: 22, right_leg_movements: 18 });
const asleep: NightRow = withDefaults({ night: "2026-11-13", ...measured, time_asleep_min: 360, plms_index: 4 });
const oneSensor: NightRow = withDefaults({ night: "2026-11-12", ...measured, periodicity_index: null });

const facts = (row: NightRow, language = texts): string[] =>
  measuredFacts(row, language).map((fact) => `${fact.key} ${fact.label}: ${fact.value}`);

describe("a measured night's cells", () => {
  it("fold each leg's movements into the movements' cell, only with a sensor on each leg", () => {
    expect(limbMovementsCell(bothLegs, texts)).toBe("40 (L 22 · R 18)");
    expect(limbMovementsCell(asleep, texts)).toBe("40");
    expect(limbMovementsCell(withDefaults({ night: "2026-11-01" }), texts)).toBe("—");
  });

  it("give the periodicity index to a hundredth, and a dash without it", () => {
    expect(periodicityCell(bothLegs, texts)).toBe("0.97");
    expect(periodicityCell(withDefaults({ night: "2026-11-01", periodicity_index: 0.5 }), texts)).toBe("0.5");
    expect(periodicityCell(oneSensor, texts)).toBe("—");
  });

  it("give the PLMS index with the time asleep, only with an asleep sensor", () => {
    expect(plmsIndexCell(bothLegsAsleep, texts)).toBe("6.7 (6 h 5 min)");
    expect(plmsIndexCell(asleep, texts)).toBe("4 (6 h 0 min)");
    expect(plmsIndexCell(withDefaults({ night: "2026-11-01", time_asleep_min: 0 }), texts)).toBe("— (0 h 0 min)");
    expect(plmsIndexCell(bothLegs, texts)).toBe("—");
  });

  it("speak the user's language: its letters for the legs, its units and decimal comma", () => {
    const german = textsIn("de", de);
    expect(limbMovementsCell(bothLegs, german)).toBe("40 (L 22 · R 18)");
    expect(plmsIndexCell(bothLegsAsleep, german)).toBe("6,7 (6 Std. 5 Min.)");
    expect(periodicityCell(bothLegs, german)).toBe("0,97");
    const french = textsIn("fr", fr);
    expect(limbMovementsCell(bothLegs, french)).toBe("40 (G 22 · D 18)");
  });
});

describe("a measured night's details", () => {
  it("list each leg, the periodicity, the time asleep and the PLMS index where measured", () => {
    expect(facts(bothLegsAsleep)).toEqual([
      "limb_movements Leg movements: 40",
      "left_leg_movements Left leg: 22",
      "right_leg_movements Right leg: 18",
      "plm_index PLM index (per hour in bed): 5",
      "periodicity_index Periodicity index: 0.97",
      "time_asleep_min Time asleep: 6 h 5 min",
      "plms_index PLMS index (per hour asleep): 6.7",
    ]);
    expect(facts(bothLegs)).toEqual([
      "limb_movements Leg movements: 40",
      "left_leg_movements Left leg: 22",
      "right_leg_movements Right leg: 18",
      "plm_index PLM index (per hour in bed): 5",
      "periodicity_index Periodicity index: 0.97",
    ]);
    expect(facts(asleep)).toEqual([
      "limb_movements Leg movements: 40",
      "plm_index PLM index (per hour in bed): 5",
      "periodicity_index Periodicity index: 0.97",
      "time_asleep_min Time asleep: 6 h 0 min",
      "plms_index PLMS index (per hour asleep): 4",
    ]);
    expect(facts(oneSensor)).toEqual(["limb_movements Leg movements: 40", "plm_index PLM index (per hour in bed): 5"]);
  });

  it("in German", () => {
    expect(facts(bothLegsAsleep, textsIn("de", de))).toEqual([
      "limb_movements Beinbewegungen: 40",
      "left_leg_movements Linkes Bein: 22",
      "right_leg_movements Rechtes Bein: 18",
      "plm_index PLM-Index (pro Stunde im Bett): 5",
      "periodicity_index Periodizitätsindex: 0,97",
      "time_asleep_min Schlafdauer: 6 Std. 5 Min.",
      "plms_index PLMS-Index (pro Stunde Schlaf): 6,7",
    ]);
  });
});
