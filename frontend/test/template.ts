/**
 * Lit templates read without a browser: a component's `render()` flattened to markup, its event
 * handlers kept by a marker, so that a test can find a button and press it.
 */
import { noChange, nothing } from "lit";

type Handler = (event: Event) => unknown;

interface Template {
  strings: readonly string[];
  values: readonly unknown[];
}

export interface Flat {
  markup: string;
  handlers: Map<string, Handler>;
}

const isTemplate = (value: unknown): value is Template =>
  typeof value === "object" && value !== null && "strings" in value && "values" in value;

/** The markup of a template: text and attributes as written, `@event` bindings as "fnN" markers. */
export const flatten = (template: unknown): Flat => {
  const handlers = new Map<string, Handler>();
  const walk = (value: unknown): string => {
    if (value === nothing || value === noChange || value === undefined || value === null) return "";
    if (Array.isArray(value)) return value.map(walk).join("");
    if (!isTemplate(value)) return String(value);
    return value.strings
      .map((text, index) => {
        if (index >= value.values.length) return text;
        const bound = value.values[index];
        if (/@[\w-]+=$/.test(text) && typeof bound === "function") {
          const marker = `fn${handlers.size}`;
          handlers.set(marker, bound as Handler);
          return `${text}"${marker}"`;
        }
        // Property and boolean bindings: their value, quoted; objects by their kind.
        if (/[.?][\w-]+=$/.test(text)) return `${text}"${typeof bound === "object" ? "object" : String(bound)}"`;
        // An attribute's value, quoted as the browser would read it.
        if (/[\w-]+=$/.test(text)) return `${text}"${walk(bound)}"`;
        return text + walk(bound);
      })
      .join("");
  };
  return { markup: walk(template), handlers };
};

/** The opening tags that hold all of `parts` ('id="undo-log"', 'class="button remove-entry"'). */
export const tags = ({ markup }: Flat, ...parts: string[]): string[] =>
  [...markup.matchAll(/<[a-z][\w-]*\b[^>]*>/g)].map((match) => match[0]).filter((tag) => parts.every((part) => tag.includes(part)));

/** Press the one element whose opening tag holds all of `parts`, as Lit would call its listener. */
export const press = async (flat: Flat, host: object, ...parts: string[]): Promise<void> => {
  const found = tags(flat, ...parts);
  if (found.length !== 1) throw new Error(`${found.length} elements with ${parts.join(" ")}`);
  const marker = /@click="(fn\d+)"/.exec(found[0] ?? "")?.[1];
  const handler = marker ? flat.handlers.get(marker) : undefined;
  if (!handler) throw new Error(`no click listener on ${found[0]}`);
  await handler.call(host, new Event("click"));
};

/** Let promises settle until `condition` holds (no clock involved); false if it never does. */
export const settled = async (condition: () => boolean): Promise<boolean> => {
  for (let turn = 0; turn < 100 && !condition(); turn += 1) await Promise.resolve();
  return condition();
};
