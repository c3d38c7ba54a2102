import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../src/localize";
import en from "../src/translations/en.json";

type Messages = Record<string, string>;

const FILES = import.meta.glob<Messages>("../src/translations/*.json", { eager: true, import: "default" });
const byLanguage = Object.fromEntries(
  Object.entries(FILES).map(([path, messages]) => [path.replace(/^.*\/(.+)\.json$/, "$1"), messages]),
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

  it("registers every language file, and no language without one", () => {
    expect(Object.keys(LANGUAGES).sort()).toEqual(Object.keys(byLanguage).sort());
  });

  it("catches a missing key, an extra key and a changed placeholder", () => {
    const broken: Messages = { ...en, "tonight.logged": "Noté : {quoi}", "panel.extra": "x" };
    delete broken["panel.title"];
    expect(problems(en, broken)).toEqual(["missing panel.title", "extra panel.extra", "placeholders of tonight.logged"]);
  });
});
