/** Names of criteria, symptoms, body parts, intensities and factors in the user's language. */
import { DOMAIN } from "./api";
import type { Localize } from "./localize";
import type { BackendLocalize, HomeAssistant } from "./types";

/** Kinds named by the integration's own selector translations. */
export type SelectorKind = "criterion" | "symptom" | "body_part" | "intensity";
export type NameKind = SelectorKind | "factor";

export type Names = (kind: NameKind, value: string) => string;

export const selectorKey = (kind: SelectorKind, value: string): string =>
  `component.${DOMAIN}.selector.${kind}.options.${value}`;

/**
 * Names from the integration's translations when it has one (the backend answers "" for an
 * unknown key), else from the panel's own texts, else the value itself. Factors are named by the
 * report's texts (`factor.<key>`), which the Markdown shares.
 */
export const makeNames =
  (localize: Localize, backend?: BackendLocalize): Names =>
  (kind, value) => {
    if (kind !== "factor" && backend) {
      const text = backend(selectorKey(kind, value));
      if (text) return text;
    }
    return localize.lookup(`${kind}.${value}`) ?? value;
  };

export const loadNames = async (hass: HomeAssistant, localize: Localize): Promise<Names> => {
  try {
    return makeNames(localize, await hass.loadBackendTranslation("selector", DOMAIN));
  } catch {
    return makeNames(localize);
  }
};
