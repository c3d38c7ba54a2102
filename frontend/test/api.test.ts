import { describe, expect, it, vi } from "vitest";
import {
  EntryGone,
  errorMessage,
  fetchNightEntries,
  fetchNights,
  fetchReport,
  logEvent,
  removeEntry,
  setStepDone,
  startExperiment,
  stopExperiment,
  subscribeCoach,
} from "../src/api";
import type { HomeAssistant } from "../src/types";

const fakeHass = () => {
  const callService = vi.fn(async () => ({}));
  const callWS = vi.fn(async () => ({}));
  const subscribeMessage = vi.fn(async () => async () => undefined);
  return { hass: { callService, callWS, connection: { subscribeMessage } } as unknown as HomeAssistant, callService, callWS, subscribeMessage };
};

describe("the coach's commands and actions", () => {
  it("logs each kind with the sleeper's config entry, asking for what was logged, leaving failures to the panel", async () => {
    const { hass, callService } = fakeHass();
    await logEvent(hass, "e1", { kind: "twitch", wokeUp: true });
    await logEvent(hass, "e1", { kind: "caffeine" });
    await logEvent(hass, "e1", { kind: "exercise", intensity: "light" });
    await logEvent(hass, "e1", { kind: "symptom", symptom: "urge_to_move" });
    expect(callService.mock.calls).toEqual([
      ["sleep_twitch_coach", "log_twitch", { config_entry_id: "e1", woke_up: true }, undefined, false, true],
      ["sleep_twitch_coach", "log_caffeine", { config_entry_id: "e1" }, undefined, false, true],
      ["sleep_twitch_coach", "log_exercise", { config_entry_id: "e1", intensity: "light" }, undefined, false, true],
      ["sleep_twitch_coach", "log_symptom", { config_entry_id: "e1", symptom: "urge_to_move" }, undefined, false, true],
    ]);
  });

  it("logs a factor with or without an amount, and a calm night", async () => {
    const { hass, callService } = fakeHass();
    await logEvent(hass, "e1", { kind: "factor", factor: "magnesium" });
    await logEvent(hass, "e1", { kind: "factor", factor: "water", amount: 0.5 });
    await logEvent(hass, "e1", { kind: "calm_night" });
    expect(callService.mock.calls).toEqual([
      ["sleep_twitch_coach", "log_factor", { config_entry_id: "e1", factor: "magnesium" }, undefined, false, true],
      ["sleep_twitch_coach", "log_factor", { config_entry_id: "e1", factor: "water", amount: 0.5 }, undefined, false, true],
      ["sleep_twitch_coach", "log_calm_night", { config_entry_id: "e1" }, undefined, false, true],
    ]);
  });

  it("answers a log with the entry and until when it may go; the entry, all it is, removes exactly it", async () => {
    const { hass, callService } = fakeHass();
    const logged = { kind: "caffeine", time: "2026-11-16T21:45:00.123456+00:00", amount_mg: null };
    const answer = { logged, removable_until: "2026-11-16T22:00:00.123456+00:00" };
    callService.mockResolvedValueOnce({ context: { id: "c1" }, response: answer } as never);
    expect(await logEvent(hass, "e1", { kind: "caffeine" })).toEqual(answer);
    await removeEntry(hass, "e1", { ...logged, removable: true, removable_until: null } as never, "Gone");
    expect(callService.mock.calls[1]).toEqual([
      "sleep_twitch_coach",
      "undo_last",
      { config_entry_id: "e1", entry: logged },
      undefined,
      false,
      true,
    ]);
  });

  it("says in the panel's words when the entry is gone or no longer yours to remove", async () => {
    const { hass, callService } = fakeHass();
    const logged = { kind: "caffeine", time: "2026-11-16T21:45:00+00:00", amount_mg: null } as never;
    for (const key of ["entry_not_found", "entry_not_found_yours"]) {
      callService.mockRejectedValueOnce({ code: "service_validation_error", message: "when (…)", translation_key: key });
      await expect(removeEntry(hass, "e1", logged, "This entry is gone.")).rejects.toThrow(new EntryGone("This entry is gone."));
    }
    const other = { code: "unauthorized", message: "Nur lesen", translation_key: "read_only_user" };
    callService.mockRejectedValueOnce(other);
    await expect(removeEntry(hass, "e1", logged, "This entry is gone.")).rejects.toBe(other);
  });

  it("asks for a night's entries", async () => {
    const { hass, callWS } = fakeHass();
    callWS.mockResolvedValueOnce({ entries: [] } as never);
    expect(await fetchNightEntries(hass, "e1", "2026-11-16")).toEqual([]);
    expect(callWS).toHaveBeenCalledWith({ type: "sleep_twitch_coach/night_entries", entry_id: "e1", night: "2026-11-16" });
  });

  it("starts and stops an experiment", async () => {
    const { hass, callService } = fakeHass();
    await startExperiment(hass, "e1", "alcohol", "avoid", 14);
    await stopExperiment(hass, "e1");
    expect(callService.mock.calls).toEqual([
      ["sleep_twitch_coach", "start_experiment", { config_entry_id: "e1", change: "alcohol", keep: "avoid", nights: 14 }, undefined, false],
      ["sleep_twitch_coach", "stop_experiment", { config_entry_id: "e1" }, undefined, false],
    ]);
  });

  it("asks for the report with the nights to compare factors over, when given", async () => {
    const { hass, callWS } = fakeHass();
    await fetchReport(hass, "e1", 14);
    await fetchReport(hass, "e1", 1, 365);
    expect(callWS.mock.calls).toEqual([
      [{ type: "sleep_twitch_coach/report", entry_id: "e1", nights: 14 }],
      [{ type: "sleep_twitch_coach/report", entry_id: "e1", nights: 1, compare_nights: 365 }],
    ]);
  });

  it("ticks a wind-down step through the to-do entity", async () => {
    const { hass, callService } = fakeHass();
    await setStepDone(hass, "todo.alex_wind_down", "u1", true);
    await setStepDone(hass, "todo.alex_wind_down", "u1", false);
    expect(callService.mock.calls).toEqual([
      ["todo", "update_item", { item: "u1", status: "completed" }, { entity_id: "todo.alex_wind_down" }, false],
      ["todo", "update_item", { item: "u1", status: "needs_action" }, { entity_id: "todo.alex_wind_down" }, false],
    ]);
  });

  it("asks for nights and subscribes with the contract's fields", async () => {
    const { hass, callWS, subscribeMessage } = fakeHass();
    await fetchNights(hass, "e1", "2026-05-07", "2026-11-04");
    expect(callWS).toHaveBeenCalledWith({
      type: "sleep_twitch_coach/nights",
      entry_id: "e1",
      first_night: "2026-05-07",
      last_night: "2026-11-04",
    });
    const callback = vi.fn();
    await subscribeCoach(hass, "e1", callback);
    expect(subscribeMessage).toHaveBeenCalledWith(callback, { type: "sleep_twitch_coach/subscribe", entry_id: "e1" });
  });

  it("shows the server's translated message, or a fallback", () => {
    expect(errorMessage({ code: "invalid_format", message: "Keine Nacht" }, "x")).toBe("Keine Nacht");
    expect(errorMessage(new Error("boom"), "x")).toBe("boom");
    expect(errorMessage({ code: "x" }, "Something went wrong.")).toBe("Something went wrong.");
    expect(errorMessage(undefined, "fallback")).toBe("fallback");
  });
});
