/** The chosen sleeper and view, kept in the page's query string (`?sleeper=<entry_id>&view=nights`). */
import { type Sleeper, type View, VIEWS } from "./types";

export interface Selection {
  sleeper?: string;
  view?: View;
}

const isView = (value: string | null): value is View => VIEWS.includes(value as View);

/** Views renamed since a link to them may have been saved. */
const RENAMED: Record<string, View> = { triggers: "what_helps" };

export const readSelection = (search: string): Selection => {
  const params = new URLSearchParams(search);
  const sleeper = params.get("sleeper");
  const asked = params.get("view");
  const view = (asked && RENAMED[asked]) ?? asked;
  return { ...(sleeper ? { sleeper } : {}), ...(isView(view) ? { view } : {}) };
};

/** `search` with the selection written in, other parameters kept ("" when nothing is left). */
export const writeSelection = (search: string, { sleeper, view }: Selection): string => {
  const params = new URLSearchParams(search);
  if (sleeper) params.set("sleeper", sleeper);
  else params.delete("sleeper");
  if (view && view !== VIEWS[0]) params.set("view", view);
  else params.delete("view");
  const text = params.toString();
  return text ? `?${text}` : "";
};

/** The sleeper linked to the logged-in user (their `user` setting), if any. */
export const ownSleeper = (sleepers: Sleeper[]): string | undefined => sleepers.find((sleeper) => sleeper.own)?.entry_id;

/**
 * The sleeper the panel opens on: the one its address names (a link, or this tab's last
 * choice), else the user's own, else the one last chosen on this device, else the first.
 */
export const openingSleeper = (sleepers: Sleeper[], search: string, remembered: string | null): string | undefined =>
  chooseSleeper(sleepers, readSelection(search).sleeper, ownSleeper(sleepers), remembered);

/** The first of the wanted entry ids that is a loaded sleeper, else the first sleeper. */
export const chooseSleeper = (sleepers: Sleeper[], ...wanted: (string | null | undefined)[]): string | undefined =>
  wanted.find((id) => id && sleepers.some((sleeper) => sleeper.entry_id === id)) ?? sleepers[0]?.entry_id;
