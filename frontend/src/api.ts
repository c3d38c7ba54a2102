/** The coach's WebSocket commands and service actions, typed. */
import type {
  CoachEvent,
  ExportFormat,
  ExportResponse,
  HomeAssistant,
  Intensity,
  Keep,
  LogAnswer,
  LoggedEntry,
  NightEntriesResponse,
  NightEntry,
  NightsResponse,
  RemovedEvent,
  Report,
  Sleeper,
  SleepersResponse,
  Symptom,
} from "./types";
import { DEFAULT_INTENSITY, INTENSITIES } from "./types";

export const DOMAIN = "sleep_twitch_coach";

export const fetchSleepers = async (hass: HomeAssistant): Promise<Sleeper[]> =>
  (await hass.callWS<SleepersResponse>({ type: `${DOMAIN}/sleepers` })).sleepers;

/** Subscribe to a sleeper's live figures; resolves to the unsubscribe function. */
export const subscribeCoach = (
  hass: HomeAssistant,
  entryId: string,
  callback: (event: CoachEvent | RemovedEvent) => void,
): Promise<() => Promise<void>> =>
  hass.connection.subscribeMessage<CoachEvent | RemovedEvent>(callback, {
    type: `${DOMAIN}/subscribe`,
    entry_id: entryId,
  });

export const fetchNights = (
  hass: HomeAssistant,
  entryId: string,
  firstNight: string,
  lastNight: string,
): Promise<NightsResponse> =>
  hass.callWS<NightsResponse>({
    type: `${DOMAIN}/nights`,
    entry_id: entryId,
    first_night: firstNight,
    last_night: lastNight,
  });

/** The report of the last `nights`, its factors compared over the last `compareNights` (the server's default without). */
export const fetchReport = (
  hass: HomeAssistant,
  entryId: string,
  nights: number,
  compareNights?: number,
): Promise<Report> =>
  hass.callWS<Report>({
    type: `${DOMAIN}/report`,
    entry_id: entryId,
    nights,
    ...(compareNights === undefined ? {} : { compare_nights: compareNights }),
  });

export const fetchExport = (
  hass: HomeAssistant,
  entryId: string,
  format: ExportFormat,
): Promise<ExportResponse> =>
  hass.callWS<ExportResponse>({ type: `${DOMAIN}/export`, entry_id: entryId, format });

/** The entries a person logged in one night, oldest first, each saying whether this user may remove it. */
export const fetchNightEntries = async (hass: HomeAssistant, entryId: string, night: string): Promise<NightEntry[]> =>
  (await hass.callWS<NightEntriesResponse>({ type: `${DOMAIN}/night_entries`, entry_id: entryId, night })).entries;

/** What a log button logs. */
export type LogAction =
  | { kind: "twitch"; wokeUp: boolean }
  | { kind: "caffeine" }
  | { kind: "exercise"; intensity: Intensity }
  | { kind: "symptom"; symptom: Symptom }
  | { kind: "factor"; factor: string; amount?: number }
  | { kind: "calm_night" };

/** Call one of the coach's actions for a sleeper. */
const callCoach = (
  hass: HomeAssistant,
  entryId: string,
  service: string,
  data: Record<string, unknown> = {},
): Promise<unknown> =>
  // The panel shows a failure itself, so Home Assistant's toast would say it twice.
  hass.callService(DOMAIN, service, { config_entry_id: entryId, ...data }, undefined, false);

/** Call one of the coach's actions for a sleeper and resolve to its response data. */
const askCoach = async <T>(
  hass: HomeAssistant,
  entryId: string,
  service: string,
  data: Record<string, unknown>,
): Promise<T | undefined> => {
  const answer = await hass.callService(DOMAIN, service, { config_entry_id: entryId, ...data }, undefined, false, true);
  return (answer as { response?: T } | undefined)?.response;
};

/** Log an entry; resolves, once it is on disk, to the entry as logged and until when it may be removed. */
export const logEvent = async (hass: HomeAssistant, entryId: string, action: LogAction): Promise<LogAnswer | undefined> => {
  const call = (service: string, data: Record<string, unknown>): Promise<LogAnswer | undefined> =>
    askCoach<LogAnswer>(hass, entryId, service, data);
  switch (action.kind) {
    case "twitch":
      return call("log_twitch", { woke_up: action.wokeUp });
    case "caffeine":
      return call("log_caffeine", {});
    case "exercise":
      return call("log_exercise", { intensity: action.intensity });
    case "symptom":
      return call("log_symptom", { symptom: action.symptom });
    case "factor":
      return call("log_factor", {
        factor: action.factor,
        ...(action.amount === undefined ? {} : { amount: action.amount }),
      });
    case "calm_night":
      return call("log_calm_night", {});
  }
};

/** `undo_last`'s refusals of an entry that is gone, or that this user may no longer remove. */
const GONE = new Set(["entry_not_found", "entry_not_found_yours"]);

/** A removal refused because the entry is gone or no longer this user's to remove, in the panel's words. */
export class EntryGone extends Error {}

/**
 * Remove exactly one entry, named by all it is (undo_last with `entry`). A refusal because it is
 * gone or may no longer be removed rejects with `EntryGone` saying `gone`.
 */
export const removeEntry = async (hass: HomeAssistant, entryId: string, entry: LoggedEntry, gone: string): Promise<unknown> => {
  // What the list adds to an entry does not name it.
  const fields: Record<string, unknown> = { ...entry };
  delete fields.removable;
  delete fields.removable_until;
  try {
    return await askCoach(hass, entryId, "undo_last", { entry: fields });
  } catch (error) {
    const key = error && typeof error === "object" ? (error as { translation_key?: unknown }).translation_key : undefined;
    if (typeof key === "string" && GONE.has(key)) throw new EntryGone(gone);
    throw error;
  }
};

/** Start keeping a change (avoiding or doing a factor) for `nights` nights. */
export const startExperiment = (
  hass: HomeAssistant,
  entryId: string,
  change: string,
  keep: Keep,
  nights: number,
): Promise<unknown> => callCoach(hass, entryId, "start_experiment", { change, keep, nights });

/** End the running experiment early. */
export const stopExperiment = (hass: HomeAssistant, entryId: string): Promise<unknown> =>
  callCoach(hass, entryId, "stop_experiment");

/** The intensity the sleeper's Exercise intensity select shows (the default: vigorous). */
export const selectedIntensity = (hass: HomeAssistant, entityId: string | null): Intensity => {
  const state = entityId ? hass.states?.[entityId]?.state : undefined;
  return INTENSITIES.find((intensity) => intensity === state) ?? DEFAULT_INTENSITY;
};

/** Choose the intensity the exercise buttons log (the panel's and the dashboard's). */
export const chooseIntensity = (hass: HomeAssistant, entityId: string, intensity: Intensity): Promise<unknown> =>
  hass.callService("select", "select_option", { option: intensity }, { entity_id: entityId }, false);

/** Tick or untick one step of the wind-down to-do list. */
export const setStepDone = (
  hass: HomeAssistant,
  entityId: string,
  uid: string,
  done: boolean,
): Promise<unknown> =>
  hass.callService(
    "todo",
    "update_item",
    { item: uid, status: done ? "completed" : "needs_action" },
    { entity_id: entityId },
    false,
  );

/** The translated message of an error from callWS/callService, or a fallback. */
export const errorMessage = (error: unknown, fallback: string): string => {
  if (error && typeof error === "object" && "message" in error) {
    const message = (error as { message: unknown }).message;
    if (typeof message === "string" && message) return message;
  }
  return fallback;
};
