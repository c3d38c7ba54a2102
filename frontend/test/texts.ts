/** English texts and names for tests, as the panel builds them. */
import type { Texts } from "../src/format";
import { makeLocalize } from "../src/localize";
import { makeNames } from "../src/names";

export const englishTexts = (): Texts => {
  const t = makeLocalize("en-US", {});
  return { t, names: makeNames(t) };
};
