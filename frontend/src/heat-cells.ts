/**
 * What each heat-map cell shows of its night. A recorded night (the server's `recorded`: the
 * journal knows something of it) has a twitch count, 0 for a calm night; a night not recorded has
 * no count at all, so it is never shown as a calm night.
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

/** A night without a row, or whose row says so, is not recorded. */
export const heatCell = (night: string, row: NightRow | undefined): HeatCell => {
  if (!row?.recorded) return { night, recorded: false };
  const count = row.twitches;
  return { night, recorded: true, count, wokeUp: row.woke_up_twitches, level: levelOf(count) };
};

/** A cell's classes: its level, "calm" for a recorded night without twitches, "woke", or "not-recorded". */
export const cellClasses = (cell: HeatCell): string => {
  if (!cell.recorded) return "cell not-recorded";
  return [`cell level-${cell.level}`, ...(cell.count === 0 ? ["calm"] : []), ...(cell.wokeUp > 0 ? ["woke"] : [])].join(
    " ",
  );
};

/** A cell's words for its tooltip and screen readers: "Tue, Nov 3, 2026: 2 twitches, 1 woke you up". */
export const cellLabel = (cell: HeatCell, texts: Texts): string => {
  const { t } = texts;
  const night = longNight(cell.night, texts);
  if (!cell.recorded) return t("nights.cell_not_recorded", { night });
  if (cell.count === 0) return t("nights.cell_calm", { night });
  return [
    t("nights.cell", { night, count: cell.count }),
    ...(cell.wokeUp > 0 ? [t("nights.cell_woke", { count: cell.wokeUp })] : []),
  ].join(", ");
};
