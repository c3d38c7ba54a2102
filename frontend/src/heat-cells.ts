/**
 * What each heat-map cell shows of its night. From the night the journal begins (the server's
 * `journal_begins`: the night the sleeper was added, or an older back-filled or measured one)
 * a night is recorded and has a twitch count, 0 for a calm night; before it a night is not
 * recorded: it has no count at all, so it is never shown as a calm night.
 */
import { type Texts, longNight } from "./format";
import { levelOf } from "./heat-scale";
import type { NightRow } from "./types";

export interface RecordedCell {
  night: string;
  recorded: true;
  count: number;
  wokeUp: number;
  level: number;
}

export interface NotRecordedCell {
  night: string;
  recorded: false;
}

export type HeatCell = RecordedCell | NotRecordedCell;

/** Whether a night is in the journal: on or after the night it begins (labels sort as dates). */
export const isRecorded = (night: string, journalBegins: string): boolean => night >= journalBegins;

export const heatCell = (night: string, row: NightRow | undefined, journalBegins: string): HeatCell => {
  if (!isRecorded(night, journalBegins)) return { night, recorded: false };
  const count = row?.twitches ?? 0;
  return { night, recorded: true, count, wokeUp: row?.woke_up_twitches ?? 0, level: levelOf(count) };
};

/** A cell's words for its tooltip and screen readers: "Tue, Nov 3, 2026: 2 twitches, 1 woke you up". */
export const cellLabel = (cell: HeatCell, texts: Texts): string => {
  const { t } = texts;
  const night = longNight(cell.night, texts);
  if (!cell.recorded) return t("nights.cell_not_recorded", { night });
  return [
    t("nights.cell", { night, count: cell.count }),
    ...(cell.wokeUp > 0 ? [t("nights.cell_woke", { count: cell.wokeUp })] : []),
  ].join(", ");
};
