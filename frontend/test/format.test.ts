import { describe, expect, it } from "vitest";
import { criterionParts, evidenceItems, formatTemperature, stepName, twitchesWithTimes } from "../src/format";
import { makeLocalize } from "../src/localize";
import { makeNames } from "../src/names";
import reportDe from "../../custom_components/sleep_twitch_coach/texts/de.json";
import { withDefaults } from "../src/rows";
import { englishTexts } from "./texts";

const texts = englishTexts();

describe("words for figures and evidence", () => {
  it("lists a criterion's evidence: nights, counts against the threshold", () => {
    const items = evidenceItems({ nights: ["2026-11-01", "2026-11-03"], count: 2, threshold: 4 }, texts);
    expect(items).toEqual([
      { key: "nights", label: "Nights", value: "Nov 1, Nov 3" },
      { key: "count", label: "Count", value: "2" },
      { key: "threshold", label: "Threshold", value: "4" },
    ]);
  });

  it("names body parts, says yes or no and keeps unknown keys readable", () => {
    const items = evidenceItems({ body_parts: ["arms"], diagnosed: true, since: "2026-10-20", odd: "x" }, texts);
    expect(items.map((item) => item.value)).toEqual(["Arms", "Yes", "Tue, Oct 20, 2026", "x"]);
    expect(items[3]?.label).toBe("odd");
  });

  it("writes a met criterion as its name and its evidence in brackets", () => {
    expect(criterionParts({ criterion: "wakes_regularly", count: 3, threshold: 3 }, texts)).toEqual({
      name: "Twitches wake you up regularly",
      text: " (Count: 3; Threshold: 3)",
    });
  });

  it("writes twitches with their times, temperatures with their unit", () => {
    const row = withDefaults({ night: "2026-11-01", twitches: 2, twitch_times: ["23:40", "01:10"] });
    // In the user's clock: the language's (12-hour for American English) or a 24-hour one.
    expect(twitchesWithTimes(row, texts).replace(/\s/g, " ")).toBe("2 (11:40 PM, 1:10 AM)");
    expect(twitchesWithTimes(row, { ...texts, timeFormat: "24" })).toBe("2 (23:40, 01:10)");
    expect(twitchesWithTimes(withDefaults({ night: "2026-11-01" }), texts)).toBe("0");
    expect(formatTemperature(18.25, "°C", texts)).toBe("18.3 °C");
    expect(formatTemperature(null, "°F", texts)).toBe("—");
  });

  it("names the experiment behind a criterion's evidence", () => {
    const items = evidenceItems(
      { change: "alcohol", keep: "avoid", first_night: "2026-10-01", last_night: "2026-10-14", adherence: 86 },
      texts,
    );
    expect(items.map((item) => `${item.label}: ${item.value}`)).toEqual([
      "Change: Alcohol",
      "Kept as: Avoid",
      "First night: Thu, Oct 1, 2026",
      "Last night: Wed, Oct 14, 2026",
      "Kept on (%): 86",
    ]);
  });
});

describe("wind-down steps", () => {
  const t = makeLocalize("de", reportDe);
  const german = { t, names: makeNames(t) };

  it("names a default step in the viewer's language, whatever Home Assistant's is", () => {
    const step = { uid: "screens_off", summary: "Screens off", done: false, default: true };
    expect(stepName(step, german)).toBe(reportDe["wind_down.screens_off"]);
    expect(stepName(step, texts)).toBe("Screens off");
  });

  it("keeps the words of a step the user renamed or added", () => {
    expect(stepName({ uid: "screens_off", summary: "Handy weg", done: false, default: false }, german)).toBe(
      "Handy weg",
    );
    expect(stepName({ uid: "x1", summary: "Tea", done: false, default: true }, german)).toBe("Tea");
  });
});
