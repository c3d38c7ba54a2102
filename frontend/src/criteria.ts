/** The checklist's criteria as the panel lists them. */
import type { Criterion } from "./types";

/** The criteria met first, each group in the checklist's own order. */
export const metFirst = (criteria: readonly Criterion[]): Criterion[] => [
  ...criteria.filter((criterion) => criterion.met),
  ...criteria.filter((criterion) => !criterion.met),
];
