/** The parts of Home Assistant's frontend and of the coach's WebSocket API the panel uses. */

/** A WebSocket message; `type` names the command. */
export interface MessageBase {
  type: string;
  [key: string]: unknown;
}

/** What `callWS` and `callService` reject with (the message is already translated). */
export interface HassError {
  code?: string;
  message?: string;
}

/** The subset of home-assistant-js-websocket's `Connection` the panel uses. */
export interface HassConnection {
  subscribeMessage<T>(
    callback: (message: T) => void,
    message: MessageBase,
  ): Promise<() => Promise<void>>;
}

/** `hass.locale`, as the frontend's `FrontendLocaleData` (only the fields used here). */
export interface HassLocale {
  language: string;
  time_format?: "language" | "system" | "am_pm" | "24";
  time_zone?: "local" | "server";
  /** A weekday's name, or "language" for the language's own first day of the week. */
  first_weekday?: "language" | "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday";
}

/** A function from a translation key to its text; "" when the key is unknown. */
export type BackendLocalize = (key: string, values?: Record<string, unknown>) => string;

/** The minimal `HomeAssistant` object the panel receives (see frontend src/types.ts). */
export interface HomeAssistant {
  connection: HassConnection;
  language: string;
  locale?: HassLocale;
  config?: { time_zone?: string };
  themes?: { darkMode?: boolean };
  user?: { id: string; is_admin: boolean; name: string };
  /** Entity states by entity id, kept current by Home Assistant's frontend. */
  states?: Record<string, { state: string } | undefined>;
  callWS<T>(message: MessageBase): Promise<T>;
  /** With `returnResponse`, resolves to `{ context, response }`. */
  callService(
    domain: string,
    service: string,
    serviceData?: Record<string, unknown>,
    target?: { entity_id?: string | string[] },
    notifyOnError?: boolean,
    returnResponse?: boolean,
  ): Promise<unknown>;
  loadBackendTranslation(category: "selector", integration?: string): Promise<BackendLocalize>;
}

/** The panel info Home Assistant passes to a custom panel. */
export interface PanelInfo {
  url_path?: string;
  title?: string | null;
  config?: unknown;
}

export interface Sleeper {
  entry_id: string;
  title: string;
  /** Whether the sleeper is the logged-in user (their `user` setting). */
  own?: boolean;
}

export interface SleepersResponse {
  sleepers: Sleeper[];
}

export type TemperatureStatus = "too_cold" | "on_target" | "too_warm";

export interface WindDownStep {
  uid: string;
  summary: string;
  done: boolean;
  /** A default step nobody renamed: the panel names it in the viewer's language. */
  default?: boolean;
}

export interface Criterion {
  criterion: string;
  met: boolean;
  evidence: Record<string, unknown>;
}

export interface Limbs {
  limb_movements: number;
  periodic_limb_movements: number;
  plm_index: number | null;
}

/** The last event of `sleep_twitch_coach/subscribe` when the sleeper is removed. */
export interface RemovedEvent {
  removed: true;
}

/** One event of `sleep_twitch_coach/subscribe`. */
export interface CoachEvent {
  tonight: string;
  revision: number;
  twitches_tonight: number;
  woke_up_tonight: number;
  twitch_nights_7d: number;
  caffeine_after_cutoff: boolean;
  late_exercise: boolean;
  next_bedtime: string;
  next_caffeine_cutoff: string;
  wind_down: { entity_id: string | null; steps: WindDownStep[] };
  /** The sleeper's Exercise intensity select (what the dashboard's exercise button logs). */
  exercise_intensity: { entity_id: string | null };
  bedroom: {
    temperature: number | null;
    target: number;
    tolerance: number;
    unit: string;
    status: TemperatureStatus | null;
  };
  limbs: Limbs | null;
  checklist: { score: number; threshold: number; recommended: boolean; criteria: Criterion[] };
  notes_visible: boolean;
  /** False for a user who may only read (Home Assistant's Read Only group). */
  may_change: boolean;
  /** The factors a person logs (built-in and custom), in the order to show them. */
  factors: LoggableFactor[];
  /** A calm night is recorded for tonight. */
  calm_night: boolean;
  /** The running experiment, else the last finished one, else null. */
  experiment: Experiment | null;
}

/** How much of a factor is logged: its range, step and unit. */
export interface AmountSpec {
  min: number;
  max: number;
  step: number;
  unit: "drinks" | "level" | "litres";
}

/** A factor the Tonight view offers as a chip. */
export interface LoggableFactor {
  factor: string;
  /** The name the user gave a custom factor; null for built-in ones (named by the texts). */
  name: string | null;
  derived: boolean;
  amount: AmountSpec | null;
  /** How often it was logged tonight. */
  logged_tonight: number;
  /** Tonight's amounts added up; null without an amount. */
  amount_tonight: number | null;
}

export type FactorVerdict = "linked" | "seems_to_help" | "no_clear_link" | "not_enough_nights";

/** Recorded nights with and without a factor, and what their difference says. */
export interface FactorComparison {
  factor: string;
  name: string | null;
  nights_with: number;
  twitch_nights_with: number;
  nights_without: number;
  twitch_nights_without: number;
  rate_with: number | null;
  rate_without: number | null;
  /** rate_with - rate_without, -1..1. */
  difference: number | null;
  /** The 95 % interval of the difference. */
  interval: [number, number] | null;
  p_value: number | null;
  q_value: number | null;
  verdict: FactorVerdict;
}

export type Keep = "avoid" | "do";

export type ExperimentVerdict = "helped" | "no_clear_change" | "worse" | "no_baseline";

/** A change kept for a number of nights, and what came of it. */
export interface Experiment {
  change: string;
  name: string | null;
  keep: Keep;
  started: string;
  /** The planned final night. */
  last_night: string;
  nights_planned: number;
  nights_done: number;
  ended: string | null;
  running: boolean;
  nights_recorded: number;
  nights_kept: number;
  /** 0-1; null before any recorded night. */
  adherence: number | null;
  baseline: { nights: number; twitch_nights: number; rate: number } | null;
  during: { nights: number; twitch_nights: number; rate: number | null };
  difference: number | null;
  interval: [number, number] | null;
  p_value: number | null;
  /** null while it runs. */
  verdict: ExperimentVerdict | null;
  low_adherence: boolean;
}

export interface Experiments {
  running: Experiment | null;
  /** Newest first. */
  finished: Experiment[];
}

export type BodyPart = "legs" | "arms" | "trunk";

/** The kinds of entry a person logs, and so the only ones a person removes. */
export type EntryKind = "twitch" | "caffeine" | "exercise" | "symptom" | "factor" | "calm_night";

/**
 * One entry as a log action answers with it (`logged`) and `sleep_twitch_coach/night_entries`
 * lists it: its kind, its exact time (kept as the server's text, since a JavaScript Date has no
 * microseconds) and its kind's public fields. No notes. All of it together names the entry to
 * `undo_last` (`entry`): two entries of one kind at one time are told apart by their fields.
 */
export interface LoggedEntry {
  kind: EntryKind;
  time: string;
  woke_up?: boolean;
  body_parts?: BodyPart[];
  amount_mg?: number | null;
  intensity?: Intensity;
  duration_min?: number | null;
  symptom?: Symptom;
  factor?: string;
  amount?: number | null;
}

/** A log action's answer: the entry, and until when this user may remove it (null: no limit). */
export interface LogAnswer {
  logged: LoggedEntry;
  removable_until: string | null;
}

/** An entry of `sleep_twitch_coach/night_entries`. */
export interface NightEntry extends LoggedEntry {
  /** Whether this user may remove it now (the permission table). */
  removable: boolean;
  /** When that ends, as the server says (ISO); null: no limit, or not removable. */
  removable_until: string | null;
}

export interface NightEntriesResponse {
  entries: NightEntry[];
}

export const SYMPTOMS = [
  "urge_to_move",
  "partner_reports_kicking",
  "weakness_or_numbness",
  "daytime_sleepiness",
  "new_medication",
] as const;
export type Symptom = (typeof SYMPTOMS)[number];

export const INTENSITIES = ["light", "moderate", "vigorous"] as const;
export type Intensity = (typeof INTENSITIES)[number];
/** What exercise logs as until someone chooses (the select entity's default too). */
export const DEFAULT_INTENSITY: Intensity = "vigorous";

/** One night of the journal, every field present. */
export interface NightRow {
  night: string;
  twitches: number;
  twitch_times: string[];
  woke_up_twitches: number;
  body_parts: string[];
  caffeine_after_cutoff: boolean;
  late_vigorous_exercise: boolean;
  bedroom_temperature_at_bedtime: number | null;
  symptoms: string[];
  notes: string[];
  /** Measured by leg sensors; null for a night without measurements. */
  limb_movements: number | null;
  periodic_limb_movements: number | null;
  plm_index: number | null;
  /** Share of intervals in periodic runs, 0-1 (Ferri 2006); null with fewer than two movements. */
  periodicity_index: number | null;
  /** With a sensor on each leg: each leg's own movements, before the two are joined. */
  left_leg_movements: number | null;
  right_leg_movements: number | null;
  /** With an asleep sensor: minutes asleep in bed, and periodic movements per hour asleep. */
  time_asleep_min: number | null;
  plms_index: number | null;
  /** False: nothing is known of the night (no calm night either). */
  recorded: boolean;
  /** The factors present that night: derived, logged and custom keys. */
  factors: string[];
}

/** A row as `sleep_twitch_coach/nights` sends it: fields at their empty value are left out. */
export type SparseNightRow = Partial<Omit<NightRow, "notes">> & {
  night: string;
  notes?: string[] | null;
};

/**
 * The `sleep_twitch_coach/nights` reply: one list of values per night, in the order `fields`
 * names (730 nights of field names would be most of the bytes), its factors as positions in
 * `factor_keys`. Notes are not in it.
 */
export interface NightsResponse {
  temperature_unit: string;
  /** The night the journal begins: nights before it are not recorded (no calm nights). */
  journal_begins: string;
  fields: string[];
  /** The factor keys a row's `factors` are positions in (names would be most of the bytes). */
  factor_keys: string[];
  nights: unknown[][];
}

/** A met criterion in the report: its key and its evidence side by side. */
export type CriterionMet = { criterion: string } & Record<string, unknown>;

export interface ReportSummary {
  nights: number;
  /** Nights the journal knows something of; the others are not calm nights. */
  recorded_nights: number;
  twitch_nights: number;
  twitches: number;
  woke_up_twitches: number;
  checklist_score: number;
  doctor_visit_recommended: boolean;
  criteria_met: CriterionMet[];
  /** The nights the factor comparisons look back over. */
  compare_nights: number;
}

/** The `sleep_twitch_coach/report` response (get_report's); rows newest first. */
export interface Report {
  sleeper: string;
  first_night: string;
  last_night: string;
  temperature_unit: string;
  markdown: string;
  nights: SparseNightRow[];
  summary: ReportSummary;
  /** Strongest first, as the integration sorts them. */
  factors: FactorComparison[];
  experiments: Experiments;
  /** The sections and the nights' columns to show, in order, as the integration decided them. */
  sections: string[];
  columns: string[];
}

export type ExportFormat = "csv" | "json";

export interface ExportResponse {
  filename: string;
  content: string;
}

export const VIEWS = ["tonight", "nights", "what_helps", "doctor"] as const;
export type View = (typeof VIEWS)[number];
