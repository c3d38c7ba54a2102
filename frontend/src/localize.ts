/**
 * The panel's texts, in the user's language with English as the fallback: its own, and the
 * doctor report's, which it shares with the integration's Markdown (texts/<language>.json).
 */
import reportDe from "../../custom_components/sleep_twitch_coach/texts/de.json";
import reportEn from "../../custom_components/sleep_twitch_coach/texts/en.json";
import reportEs from "../../custom_components/sleep_twitch_coach/texts/es.json";
import reportFr from "../../custom_components/sleep_twitch_coach/texts/fr.json";
import reportIt from "../../custom_components/sleep_twitch_coach/texts/it.json";
import reportNl from "../../custom_components/sleep_twitch_coach/texts/nl.json";
import panelEn from "./translations/en.json";

const en = { ...panelEn, ...reportEn };

export type MessageKey = keyof typeof en;
export type Messages = Record<string, string>;
export type Values = Record<string, string | number>;

/** The report's texts by language (the same files the integration reads). */
export const REPORT_TEXTS: Record<string, Messages> = {
  en: reportEn,
  de: reportDe,
  nl: reportNl,
  fr: reportFr,
  es: reportEs,
  it: reportIt,
};

/**
 * The languages the panel speaks. Adding one is one line here and one above, beside its JSON
 * files (with exactly the keys and placeholders of the English ones; test/translations.test.ts
 * checks both).
 */
export const LANGUAGES: Record<string, () => Promise<{ default: Messages }>> = {
  en: async () => ({ default: panelEn }),
  de: () => import("./translations/de.json"),
  nl: () => import("./translations/nl.json"),
  fr: () => import("./translations/fr.json"),
  es: () => import("./translations/es.json"),
  it: () => import("./translations/it.json"),
};

export const FALLBACK_LANGUAGE = "en";

export interface Localize {
  (key: MessageKey, values?: Values): string;
  /** The text of a key built at run time ("symptom.<value>"); undefined when there is none. */
  lookup(key: string, values?: Values): string | undefined;
  /** The language the texts are in (for Intl formatting). */
  readonly language: string;
}

/** The best language the panel has for `language` ("de-CH" → "de"), else English. */
export const resolveLanguage = (language: string | undefined, available = Object.keys(LANGUAGES)): string => {
  const wanted = (language ?? "").toLowerCase();
  const base = wanted.split("-")[0];
  return (
    available.find((code) => code.toLowerCase() === wanted) ??
    available.find((code) => code.toLowerCase() === base) ??
    FALLBACK_LANGUAGE
  );
};

/** `locale` when Intl accepts it, else English. */
export const safeLocale = (locale: string | undefined): string => {
  try {
    return Intl.getCanonicalLocales(locale || FALLBACK_LANGUAGE)[0] ?? FALLBACK_LANGUAGE;
  } catch {
    return FALLBACK_LANGUAGE;
  }
};

/** Replace `{name}` placeholders; numbers are formatted for the language. */
export const fill = (text: string, values: Values | undefined, language: string): string =>
  values === undefined
    ? text
    : text.replace(/\{(\w+)\}/g, (match, name: string) => {
        const value = values[name];
        if (value === undefined) return match;
        return typeof value === "number" ? new Intl.NumberFormat(language).format(value) : value;
      });

/**
 * A localize function over `messages`, falling back to English key by key. With a numeric
 * `count`, a plural variant (`<key>_one`, `<key>_few`, ... by Intl.PluralRules) wins when present.
 */
export const makeLocalize = (locale: string, messages: Messages): Localize => {
  const table: Messages = { ...en, ...messages };
  const language = safeLocale(locale);
  const plurals = new Intl.PluralRules(language);
  const lookup = (key: string, values?: Values): string | undefined => {
    const count = values?.["count"];
    const variant = typeof count === "number" ? table[`${key}_${plurals.select(count)}`] : undefined;
    const text = variant ?? table[key];
    return text === undefined ? undefined : fill(text, values, language);
  };
  const localize = (key: MessageKey, values?: Values): string => lookup(key, values) ?? key;
  return Object.assign(localize, { lookup, language });
};

/**
 * Load the texts for Home Assistant's `language`, formatting numbers for `locale` (the user's
 * number and date locale, usually the same); any failure falls back to English.
 */
export const loadLocalize = async (
  language: string | undefined,
  locale: string | undefined = language,
): Promise<Localize> => {
  const code = resolveLanguage(language);
  try {
    const loader = LANGUAGES[code];
    const messages = loader ? (await loader()).default : {};
    return makeLocalize(locale ?? FALLBACK_LANGUAGE, { ...messages, ...REPORT_TEXTS[code] });
  } catch {
    return makeLocalize(locale ?? FALLBACK_LANGUAGE, {});
  }
};
