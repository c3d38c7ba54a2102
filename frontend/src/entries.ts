/** A logged entry in words: when (the user's clock) and what (its kind and details). */
import { formatTime } from "./dates";
import { factorName, formatAmount } from "./factors";
import { type Texts, DASH, formatNumber } from "./format";
import type { HomeAssistant, LoggedEntry, LoggableFactor, NightEntry } from "./types";

/** An entry's time as the panel writes times: "23:40" or "11:40 PM", in Home Assistant's time zone setting. */
export const entryClock = (entry: Pick<LoggedEntry, "time">, texts: Texts, hass: HomeAssistant): string => {
  const locale = hass.locale;
  const zone = locale?.time_zone === "server" ? hass.config?.time_zone : undefined;
  return formatTime(entry.time, texts.t.language, locale?.time_format, zone) || DASH;
};

/** What an entry records: "Twitch, woke you up (Legs, Arms)", "Exercise · Light · 30 min", "Water · 0.5 L". */
export const entryText = (entry: LoggedEntry, texts: Texts, factors: readonly LoggableFactor[] = []): string => {
  const { t, names } = texts;
  const parts: string[] = [];
  switch (entry.kind) {
    case "twitch": {
      const where = (entry.body_parts ?? []).filter((part) => part !== "legs").length
        ? ` (${(entry.body_parts ?? []).map((part) => names("body_part", part)).join(", ")})`
        : "";
      parts.push(`${entry.woke_up ? t("entry.twitch_woke") : t("entry.twitch")}${where}`);
      break;
    }
    case "caffeine":
      parts.push(t("entry.caffeine"));
      if (entry.amount_mg != null) parts.push(t("entry.milligrams", { amount: formatNumber(entry.amount_mg, texts, 0) }));
      break;
    case "exercise":
      parts.push(t("entry.exercise"));
      if (entry.intensity) parts.push(names("intensity", entry.intensity));
      if (entry.duration_min != null) parts.push(t("entry.minutes", { minutes: formatNumber(entry.duration_min, texts, 0) }));
      break;
    case "symptom":
      parts.push(entry.symptom ? names("symptom", entry.symptom) : t("entry.symptom"));
      break;
    case "factor": {
      const known = factors.find((factor) => factor.factor === entry.factor);
      // As its chip calls it: "Water", where the comparisons say "Too little water".
      const name = entry.factor && (known?.name || (t.lookup(`chip.${entry.factor}`) ?? factorName(texts, entry.factor)));
      parts.push(name || t("entry.factor"));
      if (entry.amount != null) {
        parts.push(known?.amount ? formatAmount(entry.amount, known.amount.unit, texts) : formatNumber(entry.amount, texts, 2));
      }
      break;
    }
    case "calm_night":
      parts.push(t("entry.calm_night"));
      break;
  }
  return parts.join(" · ");
};

/** Whether this user may remove an entry at `now` (ms): the server's `removable`, until its `removable_until`. */
export const removableAt = (entry: NightEntry, now: number): boolean =>
  entry.removable && (entry.removable_until === null || Date.parse(entry.removable_until) > now);

/** Milliseconds from `now` until the next of these entries stops being removable; null when none will. */
export const nextExpiry = (entries: readonly NightEntry[], now: number): number | null => {
  const ends = entries
    .filter((entry) => removableAt(entry, now) && entry.removable_until !== null)
    .map((entry) => Date.parse(entry.removable_until as string) - now);
  return ends.length ? Math.min(...ends) : null;
};
