/** An experiment in words and figures: the change, how far it has come, and what came of it. */
import { dayNumber } from "./dates";
import { factorName } from "./factors";
import type { Texts } from "./format";
import type { CoachEvent, Experiment, Keep } from "./types";

/** The length of an experiment the panel starts (the integration's default). */
export const EXPERIMENT_NIGHTS = 14;

/** A finished experiment's verdict stays on Tonight for this many nights after its end. */
export const SHOWN_AFTER_END = 7;

/** The change in words: "Avoid: Alcohol", "Do: Relaxation" (the report's words too). */
export const changeText = (
  { change, name, keep }: { change: string; name: string | null; keep: Keep },
  texts: Texts,
): string => texts.t(`experiment.${keep}`, { factor: factorName(texts, change, name) });

export interface Progress {
  /** Tonight's night of the experiment, 1 on its first night; at most the nights planned. */
  night: number;
  nights: number;
  /** night / nights, 0-1. */
  fraction: number;
  /** The share of recorded nights the change was kept, in whole percent; null before any. */
  adherence: number | null;
}

/** How far a running experiment has come by `tonight` (a night label). */
export const progress = (experiment: Experiment, tonight: string): Progress => {
  const nights = Math.max(1, experiment.nights_planned);
  const night = Math.min(nights, Math.max(1, dayNumber(tonight) - dayNumber(experiment.started) + 1));
  return {
    night,
    nights,
    fraction: night / nights,
    adherence: experiment.adherence === null ? null : Math.round(experiment.adherence * 100),
  };
};

/** A finished experiment's verdict as a sentence's start ("Fewer twitch nights, it seems to help"). */
export const verdictText = (experiment: Experiment, texts: Texts): string =>
  experiment.verdict ? capitalize(texts.t(`experiment.verdict.${experiment.verdict}`), texts.t.language) : "";

/** The text with its first letter upper-cased (the texts' verdicts are written to sit inside a sentence). */
export const capitalize = (text: string, language: string): string =>
  text ? text.charAt(0).toLocaleUpperCase(language) + text.slice(1) : text;

/** Whether Tonight shows the experiment: while it runs, and for a week after it ended. */
export const shownOnTonight = (experiment: Experiment | null, tonight: string): experiment is Experiment =>
  experiment !== null &&
  (experiment.running ||
    (experiment.ended !== null && dayNumber(tonight) - dayNumber(experiment.ended) <= SHOWN_AFTER_END));

/** Whether the user may start an experiment now: they may change the journal and none runs. */
export const mayStartExperiment = (event: Pick<CoachEvent, "may_change" | "experiment">): boolean =>
  event.may_change && !event.experiment?.running;
