import { describe, expect, it } from "vitest";
import reportEn from "../../custom_components/sleep_twitch_coach/texts/en.json";
import { LANGUAGES, REPORT_TEXTS } from "../src/localize";
import en from "../src/translations/en.json";

type Messages = Record<string, string>;

const byFile = (files: Record<string, Messages>): Record<string, Messages> =>
  Object.fromEntries(Object.entries(files).map(([path, messages]) => [path.replace(/^.*\/(.+)\.json$/, "$1"), messages]));

const byLanguage = byFile(import.meta.glob<Messages>("../src/translations/*.json", { eager: true, import: "default" }));
// The doctor report's texts, shared with the integration's Markdown.
const reportByLanguage = byFile(
  import.meta.glob<Messages>("../../custom_components/sleep_twitch_coach/texts/*.json", { eager: true, import: "default" }),
);

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();

/** What is wrong with a translation compared with English: missing or extra keys, other placeholders. */
const problems = (reference: Messages, translation: Messages): string[] => [
  ...Object.keys(reference)
    .filter((key) => !(key in translation))
    .map((key) => `missing ${key}`),
  ...Object.keys(translation)
    .filter((key) => !(key in reference))
    .map((key) => `extra ${key}`),
  ...Object.keys(reference)
    .filter((key) => key in translation && typeof translation[key] === "string")
    .filter((key) => placeholders(reference[key] ?? "").join() !== placeholders(translation[key] ?? "").join())
    .map((key) => `placeholders of ${key}`),
  ...Object.entries(translation)
    .filter(([, text]) => typeof text !== "string" || !text.trim())
    .map(([key]) => `empty ${key}`),
];

describe("translations", () => {
  it("finds the English file", () => {
    expect(byLanguage["en"]).toEqual(en);
  });

  it.each(Object.entries(byLanguage))("%s has exactly the keys and placeholders of en.json", (_, messages) => {
    expect(problems(en, messages)).toEqual([]);
  });

  it.each(Object.entries(reportByLanguage))("the report's %s.json has exactly the keys and placeholders of en.json", (_, messages) => {
    expect(problems(reportEn, messages)).toEqual([]);
  });

  it("registers every language file, and no language without one", () => {
    expect(Object.keys(LANGUAGES).sort()).toEqual(Object.keys(byLanguage).sort());
    expect(Object.keys(REPORT_TEXTS).sort()).toEqual(Object.keys(reportByLanguage).sort());
    expect(Object.keys(reportByLanguage).sort()).toEqual(Object.keys(byLanguage).sort());
  });

  it("keeps each text in one file: no key both in the panel's and in the report's", () => {
    expect(Object.keys(en).filter((key) => key in reportEn)).toEqual([]);
  });

  it("catches a missing key, an extra key and a changed placeholder", () => {
    const broken: Messages = { ...en, "tonight.logged": "Noté : {quoi}", "panel.extra": "x" };
    delete broken["panel.menu"];
    expect(problems(en, broken)).toEqual(["missing panel.menu", "extra panel.extra", "placeholders of tonight.logged"]);
  });
});
