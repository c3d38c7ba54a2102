import { describe, expect, it } from "vitest";
import { LANGUAGES, fill, loadLocalize, makeLocalize, resolveLanguage, safeLocale } from "../src/localize";
import en from "../src/translations/en.json";

describe("localize", () => {
  it("chooses the language, then its base language, then English", () => {
    const available = ["en", "de", "pt-BR"];
    expect(resolveLanguage("de", available)).toBe("de");
    expect(resolveLanguage("de-CH", available)).toBe("de");
    expect(resolveLanguage("pt-br", available)).toBe("pt-BR");
    expect(resolveLanguage("pl", available)).toBe("en");
    expect(resolveLanguage(undefined, available)).toBe("en");
  });

  it("falls back to English key by key", () => {
    const t = makeLocalize("de", { "panel.title": "Schlaf-Coach" });
    expect(t("panel.title")).toBe("Schlaf-Coach");
    expect(t("view.nights")).toBe(en["view.nights"]);
  });

  it("loads English for a language it does not have", async () => {
    const t = await loadLocalize("xx");
    expect(t("panel.title")).toBe("Sleep coach");
    expect(t.language).toBe("xx");
  });

  it("fills placeholders, formatting numbers for the locale", () => {
    expect(fill("{a} of {b}", { a: 1234, b: "x" }, "de")).toBe("1.234 of x");
    expect(fill("{missing}", { a: 1 }, "en")).toBe("{missing}");
    expect(fill("{a}", undefined, "en")).toBe("{a}");
  });

  it("uses the plural variant a count calls for", () => {
    const t = makeLocalize("en", {});
    expect(t("tonight.twitches", { count: 1 })).toBe("twitch tonight");
    expect(t("tonight.twitches", { count: 2 })).toBe("twitches tonight");
    expect(t("tonight.twitches", { count: 0 })).toBe("twitches tonight");
  });

  it("looks up run-time keys and says when there is none", () => {
    const t = makeLocalize("en", {});
    expect(t.lookup("symptom.urge_to_move")).toBe("Urge to move the legs at rest");
    expect(t.lookup("symptom.unknown")).toBeUndefined();
  });

  it("formats with English when the locale is not one Intl accepts", () => {
    expect(safeLocale("en_US!")).toBe("en");
    expect(safeLocale("de-CH")).toBe("de-CH");
    expect(makeLocalize("not a locale", {})("doctor.range_option", { count: 1000 })).toBe("1,000 nights");
  });

  it("registers English", async () => {
    expect(Object.keys(LANGUAGES)).toContain("en");
    expect((await LANGUAGES["en"]?.())?.default["panel.menu"]).toBe("Show the sidebar");
  });
});
