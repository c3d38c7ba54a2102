import { describe, expect, it, vi } from "vitest";
import { StcNightEntries } from "../src/components/stc-night-entries";
import { KeptAnswers } from "../src/fetched";
import type { HomeAssistant, NightEntry } from "../src/types";
import { flatten, press, settled, tags } from "./template";
import { englishTexts } from "./texts";

const TWITCH: NightEntry = {
  kind: "twitch",
  time: "2026-11-16T21:45:00.123456+00:00",
  woke_up: true,
  body_parts: ["legs"],
  removable: true,
  removable_until: null,
};
const COFFEE: NightEntry = {
  kind: "caffeine",
  time: "2026-11-16T13:00:00+00:00",
  amount_mg: 95,
  removable: false,
  removable_until: null,
};

/** A Home Assistant whose night_entries answers `entries` and whose undo_last answers `undo`. */
const fakeHass = (entries: NightEntry[], undo: () => Promise<unknown> = async () => ({ response: {} })) => {
  const callWS = vi.fn(async () => ({ entries }));
  const callService = vi.fn(undo);
  const hass = {
    callWS,
    callService,
    locale: { language: "en", time_format: "24", time_zone: "server" },
    config: { time_zone: "Europe/Berlin" },
  } as unknown as HomeAssistant;
  return { hass, callWS, callService };
};

type Rendered = { render(): unknown; willUpdate(): void };

/** The list for Alex's night of 16 November, once its entries have arrived. */
const shown = async (hass: HomeAssistant) => {
  const element = new StcNightEntries();
  Object.assign(element, { hass, entryId: "e1", night: "2026-11-16", revision: 1, texts: englishTexts() });
  const list = element as unknown as Rendered;
  const render = () => flatten(list.render());
  list.willUpdate();
  expect(await settled(() => render().markup.includes("<li"))).toBe(true);
  return { element, list, render };
};

/** The markup of one entry, by its kind. */
const entryOf = (markup: string, kind: string): string =>
  markup.split("<li").find((part) => part.includes(`data-kind="${kind}"`)) ?? "";

describe("a night's entries", () => {
  it("shows a list seen before at once, with no Loading, when its view is shown again", async () => {
    const { hass, callWS } = fakeHass([COFFEE, TWITCH]);
    const kept = new KeptAnswers();
    const first = new StcNightEntries();
    Object.assign(first, { hass, entryId: "e1", night: "2026-11-16", revision: 1, texts: englishTexts(), kept });
    const firstList = first as unknown as Rendered;
    firstList.willUpdate();
    expect(await settled(() => flatten(firstList.render()).markup.includes("<li"))).toBe(true);

    // The view is left and shown again: a new list, the journal unchanged.
    const again = new StcNightEntries();
    Object.assign(again, { hass, entryId: "e1", night: "2026-11-16", revision: 1, texts: englishTexts(), kept });
    const againList = again as unknown as Rendered;
    againList.willUpdate();
    const { markup } = flatten(againList.render());
    expect(markup).not.toContain("Loading");
    expect(entryOf(markup, "twitch")).toContain("Twitch, woke you up");
    expect(callWS).toHaveBeenCalledTimes(1);
  });

  it("lists each entry with its time in the home's zone, what it was, and its exact time", async () => {
    const { hass, callWS } = fakeHass([COFFEE, TWITCH]);
    const { render } = await shown(hass);
    const { markup } = render();
    expect(callWS).toHaveBeenCalledWith({ type: "sleep_twitch_coach/night_entries", entry_id: "e1", night: "2026-11-16" });
    expect(entryOf(markup, "twitch")).toContain(`data-time="2026-11-16T21:45:00.123456+00:00"`);
    expect(entryOf(markup, "twitch")).toContain("22:45");
    expect(entryOf(markup, "twitch")).toContain("Twitch, woke you up");
    expect(entryOf(markup, "caffeine")).toContain("14:00");
    expect(entryOf(markup, "caffeine")).toContain("Caffeine · 95 mg");
  });

  it("offers Remove only for the entries this user may remove", async () => {
    const { render } = await shown(fakeHass([COFFEE, TWITCH]).hass);
    const { markup } = render();
    expect(entryOf(markup, "twitch")).toContain("remove-entry");
    expect(entryOf(markup, "caffeine")).not.toContain("remove-entry");
    const readOnly = await shown(fakeHass([{ ...TWITCH, removable: false }, COFFEE]).hass);
    expect(tags(readOnly.render(), "remove-entry")).toEqual([]);
  });

  it("asks first, and Keep it leaves the entry alone", async () => {
    const { hass, callService } = fakeHass([TWITCH]);
    const { element, render } = await shown(hass);
    await press(render(), element, "remove-entry");
    const asking = render();
    expect(asking.markup).toContain("Remove this entry?");
    expect(tags(asking, 'id="confirm-remove"')).toHaveLength(1);
    expect(tags(asking, "remove-entry")).toEqual([]);
    await press(asking, element, 'id="cancel-remove"');
    const kept = render();
    expect(tags(kept, 'id="confirm-remove"')).toEqual([]);
    expect(tags(kept, "remove-entry")).toHaveLength(1);
    expect(callService).not.toHaveBeenCalled();
  });

  it("removes exactly the entry confirmed, named by all it is", async () => {
    const { hass, callService } = fakeHass([COFFEE, TWITCH]);
    const { element, render } = await shown(hass);
    await press(render(), element, "remove-entry");
    await press(render(), element, 'id="confirm-remove"');
    expect(callService.mock.calls).toEqual([
      [
        "sleep_twitch_coach",
        "undo_last",
        {
          config_entry_id: "e1",
          entry: { kind: "twitch", time: "2026-11-16T21:45:00.123456+00:00", woke_up: true, body_parts: ["legs"] },
        },
        undefined,
        false,
        true,
      ],
    ]);
    const { markup } = render();
    expect(markup).toContain("Removed: Twitch, woke you up");
    expect(entryOf(markup, "twitch")).toBe("");
    expect(entryOf(markup, "caffeine")).not.toBe("");
  });

  it("shows the server's refusal and keeps the entry", async () => {
    const refusal = { code: "service_validation_error", message: "Es gibt keinen Eintrag dieser Art" };
    const { element, render } = await shown(fakeHass([TWITCH], () => Promise.reject(refusal)).hass);
    await press(render(), element, "remove-entry");
    await press(render(), element, 'id="confirm-remove"');
    const { markup } = render();
    expect(markup).toContain('role="alert">Es gibt keinen Eintrag dieser Art');
    expect(entryOf(markup, "twitch")).not.toBe("");
  });

  it("tells two entries of one kind at one time apart: removing one hides only it", async () => {
    const alcohol: NightEntry = { kind: "factor", time: "2026-11-16T21:00:00+00:00", factor: "alcohol", amount: 2, removable: true, removable_until: null };
    const stress: NightEntry = { ...alcohol, factor: "stress", amount: 3 };
    const { hass, callService } = fakeHass([alcohol, stress, { ...stress }]);
    const { element, render } = await shown(hass);
    expect(tags(render(), "remove-entry")).toHaveLength(3);
    await press(render(), element, "remove-entry", "Remove Alcohol");
    // Only the first row asks; the others, at the same kind and time, keep their Remove.
    expect(tags(render(), 'id="confirm-remove"')).toHaveLength(1);
    expect(tags(render(), "remove-entry")).toHaveLength(2);
    await press(render(), element, 'id="confirm-remove"');
    expect((callService.mock.calls[0] as unknown[])[2]).toEqual({
      config_entry_id: "e1",
      entry: { kind: "factor", time: alcohol.time, factor: "alcohol", amount: 2 },
    });
    const { markup } = render();
    expect(markup).toContain("Removed: Alcohol");
    const rows = markup.split("<li").slice(1).map((part) => part.split("</li>")[0] ?? "");
    expect(rows.map((row) => (row.includes("Stress") ? "Stress" : "Alcohol"))).toEqual(["Stress", "Stress"]);
  });

  it("says in its own words when the entry is gone or no longer removable, and asks for the list again", async () => {
    const refusal = { code: "service_validation_error", message: "There is no such entry (…)", translation_key: "entry_not_found_yours" };
    const { hass, callWS } = fakeHass([TWITCH], () => Promise.reject(refusal));
    const { element, list, render } = await shown(hass);
    await press(render(), element, "remove-entry");
    await press(render(), element, 'id="confirm-remove"');
    expect(render().markup).toContain('role="alert">This entry is gone, or you can no longer remove it.');
    expect(render().markup).not.toContain("There is no such entry");
    list.willUpdate();
    expect(callWS).toHaveBeenCalledTimes(2);
  });

  it("hides Remove when the server's removable_until passes", async () => {
    vi.useFakeTimers({ toFake: ["Date", "setTimeout", "clearTimeout"] });
    try {
      vi.setSystemTime(Date.parse("2026-11-16T21:50:00Z"));
      const mine = { ...TWITCH, removable_until: "2026-11-16T22:00:00.123456+00:00" };
      const { hass } = fakeHass([mine, { ...mine, time: "2026-11-16T21:40:00+00:00", removable_until: "2026-11-16T21:30:00+00:00" }]);
      const element = new StcNightEntries();
      Object.assign(element, { hass, entryId: "e1", night: "2026-11-16", revision: 1, texts: englishTexts() });
      const list = element as unknown as Rendered & { updated(): void };
      list.willUpdate();
      await vi.waitFor(() => expect(flatten(list.render()).markup).toContain("<li"));
      // An entry whose window closed before the list arrived shows no Remove at all.
      expect(tags(flatten(list.render()), "remove-entry")).toHaveLength(1);
      list.updated();
      vi.advanceTimersByTime(10 * 60 * 1000 + 200);
      expect(tags(flatten(list.render()), "remove-entry")).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("is fetched again when the journal changes, and never shows another night's entries", async () => {
    const { hass, callWS } = fakeHass([TWITCH]);
    const { element, list, render } = await shown(hass);
    element.revision = 2;
    list.willUpdate();
    expect(callWS).toHaveBeenCalledTimes(2);
    element.night = "2026-11-15";
    list.willUpdate();
    expect(render().markup).not.toContain("<li");
    expect(render().markup).toContain("Loading");
  });
});
