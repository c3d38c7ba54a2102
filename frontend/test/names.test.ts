import { describe, expect, it, vi } from "vitest";
import { makeLocalize } from "../src/localize";
import { loadNames, makeNames, selectorKey } from "../src/names";
import type { HomeAssistant } from "../src/types";

const t = makeLocalize("en", {});

describe("names of criteria, symptoms and body parts", () => {
  it("comes from the integration's selector translations", () => {
    const backend = (key: string): string =>
      key === "component.sleep_twitch_coach.selector.symptom.options.urge_to_move" ? "Bewegungsdrang" : "";
    const names = makeNames(t, backend);
    expect(names("symptom", "urge_to_move")).toBe("Bewegungsdrang");
  });

  it("falls back to the panel's own names when the integration answers empty", () => {
    const names = makeNames(t, () => "");
    expect(names("body_part", "arms")).toBe("Arms");
    expect(names("criterion", "wakes_regularly")).toBe("Twitches wake you up regularly");
    expect(names("symptom", "something_new")).toBe("something_new");
  });

  it("names factors from the report's texts (the integration has no selector for them)", () => {
    const backend = vi.fn(() => "from the backend");
    expect(makeNames(t, backend)("factor", "late_vigorous_exercise")).toBe("Late vigorous exercise");
    expect(makeNames(t, backend)("factor", "custom_yoga")).toBe("custom_yoga");
    expect(backend).not.toHaveBeenCalled();
  });

  it("asks Home Assistant for the selector category of the integration", async () => {
    const loadBackendTranslation = vi.fn(async () => (key: string) => (key === selectorKey("intensity", "light") ? "Leicht" : ""));
    const hass = { loadBackendTranslation } as unknown as HomeAssistant;
    const names = await loadNames(hass, t);
    expect(loadBackendTranslation).toHaveBeenCalledWith("selector", "sleep_twitch_coach");
    expect(names("intensity", "light")).toBe("Leicht");
    expect(names("intensity", "vigorous")).toBe("Vigorous");
  });

  it("still names things when loading the translations fails", async () => {
    const hass = { loadBackendTranslation: async () => Promise.reject(new Error("offline")) } as unknown as HomeAssistant;
    expect((await loadNames(hass, t))("body_part", "trunk")).toBe("Trunk");
  });
});
