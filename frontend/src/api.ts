/** The coach's WebSocket commands and service actions, typed. */
import type {
  CoachEvent,
  ExportFormat,
  ExportResponse,
  HomeAssistant,
  Intensity,
  NightsResponse,
  RemovedEvent,
  Report,
  Sleeper,
  SleepersResponse,
  Symptom,
} from "./types";

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

export const fetchReport = (hass: HomeAssistant, entryId: string, nights: number): Promise<Report> =>
  hass.callWS<Report>({ type: `${DOMAIN}/report`, entry_id: entryId, nights });

export const fetchExport = (
  hass: HomeAssistant,
  entryId: string,
  format: ExportFormat,
): Promise<ExportResponse> =>
  hass.callWS<ExportResponse>({ type: `${DOMAIN}/export`, entry_id: entryId, format });

/** What a log button logs. */
export type LogAction =
  | { kind: "twitch"; wokeUp: boolean }
  | { kind: "caffeine" }
  | { kind: "exercise"; intensity: Intensity }
  | { kind: "symptom"; symptom: Symptom };

export const logEvent = (hass: HomeAssistant, entryId: string, action: LogAction): Promise<unknown> => {
  const target = { config_entry_id: entryId };
  // The panel shows a failure itself, so Home Assistant's toast would say it twice.
  const call = (service: string, data: Record<string, unknown>): Promise<unknown> =>
    hass.callService(DOMAIN, service, { ...target, ...data }, undefined, false);
  switch (action.kind) {
    case "twitch":
      return call("log_twitch", { woke_up: action.wokeUp });
    case "caffeine":
      return call("log_caffeine", {});
    case "exercise":
      return call("log_exercise", { intensity: action.intensity });
    case "symptom":
      return call("log_symptom", { symptom: action.symptom });
  }
};

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
