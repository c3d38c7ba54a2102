import { describe, expect, it, vi } from "vitest";
import { StcFactorChips } from "../src/components/stc-factor-chips";
import { StcLogButtons } from "../src/components/stc-log-buttons";
import type { HomeAssistant, LoggedEntry } from "../src/types";
import { factorOf } from "./fixtures";
import { flatten, press, settled, tags } from "./template";
import { englishTexts } from "./texts";

/** A Home Assistant whose log actions answer with `logged`. */
const fakeHass = (logged: LoggedEntry) => {
  const callService = vi.fn(async (_domain: string, service: string, _data?: Record<string, unknown>) =>
    service === "undo_last" ? { context: {}, response: { removed: logged } } : { context: {}, response: { logged } },
  );
  return { hass: { callService } as unknown as HomeAssistant, callService };
};

const rendered = (element: object) => () => flatten((element as { render(): unknown }).render());

describe("Undo after a log from the panel", () => {
  it("appears beside Logged and removes exactly the entry logged, named by all it is", async () => {
    const logged: LoggedEntry = { kind: "symptom", time: "2026-11-16T21:45:00.123456+00:00", symptom: "urge_to_move" };
    const { hass, callService } = fakeHass(logged);
    const buttons = Object.assign(new StcLogButtons(), { hass, entryId: "e1", texts: englishTexts() });
    const render = rendered(buttons);
    expect(tags(render(), 'id="undo-log"')).toEqual([]);
    await press(render(), buttons, 'id="log-symptom"');
    await press(render(), buttons, 'id="log-symptom-urge_to_move"');
    expect(render().markup).toContain("Logged: Urge to move the legs at rest");
    expect(tags(render(), 'id="undo-log"')).toHaveLength(1);

    await press(render(), buttons, 'id="undo-log"');

    expect(callService.mock.calls.map((call) => call.slice(1, 3))).toEqual([
      ["log_symptom", { config_entry_id: "e1", symptom: "urge_to_move" }],
      ["undo_last", { config_entry_id: "e1", entry: logged }],
    ]);
    expect(render().markup).toContain("Removed: Urge to move the legs at rest");
    expect(tags(render(), 'id="undo-log"')).toEqual([]);
  });

  it("follows a factor chip and the calm-night button too", async () => {
    const logged: LoggedEntry = { kind: "factor", time: "2026-11-16T21:50:00.000001+00:00", factor: "magnesium", amount: null };
    const { hass, callService } = fakeHass(logged);
    const chips = Object.assign(new StcFactorChips(), { hass, entryId: "e1", factors: [factorOf()], texts: englishTexts() });
    const render = rendered(chips);
    // A chip's tap logs without waiting: the test waits for what the line shows.
    await press(render(), chips, 'data-factor="magnesium"');
    expect(await settled(() => render().markup.includes("Logged: Magnesium"))).toBe(true);
    await press(render(), chips, 'id="undo-log"');
    expect(callService.mock.calls[1]?.[2]).toEqual({ config_entry_id: "e1", entry: logged });
    await press(render(), chips, 'id="log-calm-night"');
    expect(callService.mock.calls[2]?.[1]).toBe("log_calm_night");
    expect(tags(render(), 'id="undo-log"')).toHaveLength(1);
  });
});

describe("the exercise intensity, one choice with the dashboard", () => {
  const SELECT = "select.alex_exercise_intensity";
  const withSelect = (state: string) => {
    const callService = vi.fn(async () => ({ context: {}, response: { logged: { kind: "exercise", time: "t" } } }));
    const hass = { callService, states: { [SELECT]: { state } } } as unknown as HomeAssistant;
    const buttons = Object.assign(new StcLogButtons(), {
      hass,
      entryId: "e1",
      intensityEntity: SELECT,
      texts: englishTexts(),
    });
    return { buttons, callService, render: rendered(buttons) };
  };

  it("logs what the sleeper's select shows, as the dashboard's button does", async () => {
    const { buttons, callService, render } = withSelect("light");
    expect(render().markup).toContain("Exercise (Light)");
    await press(render(), buttons, 'id="log-exercise"');
    expect(callService.mock.calls[0]?.slice(1, 3)).toEqual(["log_exercise", { config_entry_id: "e1", intensity: "light" }]);
  });

  it("keeps a choice made here in the select, for the dashboard and the next visit", () => {
    const { buttons, callService, render } = withSelect("vigorous");
    (buttons as unknown as { _intensityChanged(event: Event): void })._intensityChanged({
      target: { value: "moderate" },
    } as unknown as Event);
    expect(callService).toHaveBeenCalledWith("select", "select_option", { option: "moderate" }, { entity_id: SELECT }, false);
    expect(render().markup).toContain("Exercise (Moderate)");
  });

  it("logs vigorous exercise, the default, while the select shows nothing known", () => {
    const { render } = withSelect("unavailable");
    expect(render().markup).toContain("Exercise (Vigorous)");
  });
});
