/** Whether the report's nights are a table or one card per night, from what the table needs. */

export interface TableFit {
  /** One card per night instead of the table. */
  cards: boolean;
  /** The width the table needed when it last did not fit, in px (0: it has fitted so far). */
  tableWidth: number;
}

/**
 * The next fit, measured in the box holding the nights: cards as soon as the table is wider
 * than its box, the table again once the box is as wide as the table needed.
 */
export const nextTableFit = (fit: TableFit, box: { scrollWidth: number; clientWidth: number }): TableFit => {
  if (!fit.cards && box.scrollWidth > box.clientWidth) return { cards: true, tableWidth: box.scrollWidth };
  if (fit.cards && box.clientWidth >= fit.tableWidth) return { cards: false, tableWidth: fit.tableWidth };
  return fit;
};
