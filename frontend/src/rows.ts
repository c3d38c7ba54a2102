/** Night rows as the server sends them (empty fields left out) and as the panel uses them. */
import type { NightRow, NightsResponse, SparseNightRow } from "./types";

/**
 * A row with every field: the server leaves out each field at its empty value (and sends
 * `notes: null` or nothing to users who may not read notes; a night's list of values may end
 * before the measured figures); a row without `recorded` is a night not recorded.
 */
export const withDefaults = (row: SparseNightRow): NightRow => ({
  night: row.night,
  twitches: row.twitches ?? 0,
  twitch_times: row.twitch_times ?? [],
  woke_up_twitches: row.woke_up_twitches ?? 0,
  body_parts: row.body_parts ?? [],
  caffeine_after_cutoff: row.caffeine_after_cutoff ?? false,
  late_vigorous_exercise: row.late_vigorous_exercise ?? false,
  bedroom_temperature_at_bedtime: row.bedroom_temperature_at_bedtime ?? null,
  symptoms: row.symptoms ?? [],
  notes: row.notes ?? [],
  limb_movements: row.limb_movements ?? null,
  periodic_limb_movements: row.periodic_limb_movements ?? null,
  plm_index: row.plm_index ?? null,
  periodicity_index: row.periodicity_index ?? null,
  left_leg_movements: row.left_leg_movements ?? null,
  right_leg_movements: row.right_leg_movements ?? null,
  time_asleep_min: row.time_asleep_min ?? null,
  plms_index: row.plms_index ?? null,
  recorded: row.recorded ?? false,
  factors: row.factors ?? [],
});

/** A night's factors from their positions in the reply's `factor_keys` (an unknown position is left out). */
const factorsAt = (positions: unknown, keys: readonly string[]): string[] =>
  Array.isArray(positions)
    ? positions.flatMap((position) => (typeof position === "number" && keys[position] !== undefined ? [keys[position]] : []))
    : [];

/** The rows of a nights reply: each night's values named by `fields`, its factors by `factor_keys`. */
export const nightRows = ({ fields, factor_keys: keys = [], nights }: NightsResponse): NightRow[] =>
  nights.map((night) => {
    const row = Object.fromEntries(fields.map((field, index) => [field, night[index]])) as SparseNightRow;
    return withDefaults("factors" in row ? { ...row, factors: factorsAt(row.factors, keys) } : row);
  });

/** Rows by night label. */
export const rowsByNight = (rows: NightRow[]): Map<string, NightRow> => new Map(rows.map((row) => [row.night, row]));

/** Whether a night has a leg-sensor measurement. */
export const isMeasured = (row: NightRow): boolean => row.plm_index !== null;
