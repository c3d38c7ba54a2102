import { describe, expect, it } from "vitest";
import { capitalize, changeText, mayStartExperiment, progress, shownOnTonight, verdictText } from "../src/experiment";
import { experimentOf } from "./fixtures";
import { englishTexts } from "./texts";

const texts = englishTexts();

describe("an experiment in words", () => {
  it("says the change with the factor's name", () => {
    expect(changeText(experimentOf(), texts)).toBe("Avoid: Alcohol");
    expect(changeText(experimentOf({ change: "relaxation", keep: "do" }), texts)).toBe("Do: Relaxation");
    expect(changeText(experimentOf({ change: "custom_yoga", name: "Yoga", keep: "do" }), texts)).toBe("Do: Yoga");
  });

  it("says a finished experiment's verdict as a sentence, and nothing while it runs", () => {
    const finished = experimentOf({ running: false, ended: "2026-11-14", verdict: "helped" });
    expect(verdictText(finished, texts)).toBe("Fewer twitch nights, it seems to help");
    expect(verdictText(experimentOf(), texts)).toBe("");
    expect(capitalize("ähnlich", "de")).toBe("Ähnlich");
    expect(capitalize("", "en")).toBe("");
  });
});

describe("an experiment's progress", () => {
  it("counts tonight's night of the experiment from its first night", () => {
    expect(progress(experimentOf(), "2026-11-01")).toEqual({ night: 1, nights: 14, fraction: 1 / 14, adherence: 80 });
    expect(progress(experimentOf(), "2026-11-07")).toMatchObject({ night: 7, fraction: 0.5 });
  });

  it("stays within the nights planned, across a month's end too", () => {
    const late = experimentOf({ started: "2026-10-25", nights_planned: 10 });
    expect(progress(late, "2026-11-03").night).toBe(10);
    expect(progress(late, "2026-12-01")).toMatchObject({ night: 10, fraction: 1 });
    expect(progress(late, "2026-10-24").night).toBe(1);
  });

  it("has no adherence before a recorded night", () => {
    expect(progress(experimentOf({ adherence: null, nights_recorded: 0, nights_kept: 0 }), "2026-11-01").adherence).toBeNull();
    expect(progress(experimentOf({ adherence: 2 / 3 }), "2026-11-03").adherence).toBe(67);
  });
});

describe("where an experiment shows", () => {
  it("shows on Tonight while it runs and for a week after it ended", () => {
    expect(shownOnTonight(experimentOf(), "2027-03-01")).toBe(true);
    const ended = experimentOf({ running: false, ended: "2026-11-14", verdict: "no_clear_change" });
    expect(shownOnTonight(ended, "2026-11-21")).toBe(true);
    expect(shownOnTonight(ended, "2026-11-22")).toBe(false);
    expect(shownOnTonight(null, "2026-11-22")).toBe(false);
  });

  it("lets a user start one only when they may change the journal and none runs", () => {
    expect(mayStartExperiment({ may_change: true, experiment: null })).toBe(true);
    expect(mayStartExperiment({ may_change: true, experiment: experimentOf({ running: false }) })).toBe(true);
    expect(mayStartExperiment({ may_change: true, experiment: experimentOf() })).toBe(false);
    expect(mayStartExperiment({ may_change: false, experiment: null })).toBe(false);
  });
});
