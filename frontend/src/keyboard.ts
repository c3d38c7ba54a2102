/** Where arrow keys move focus in the panel's tab lists and in the heat map. */

/** The tab an arrow key selects in a row of `count` tabs, wrapping around. */
export const nextTab = (index: number, key: string, count: number): number => {
  switch (key) {
    case "ArrowRight":
      return (index + 1) % count;
    case "ArrowLeft":
      return (index - 1 + count) % count;
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return index;
  }
};

/**
 * The heat-map cell an arrow key moves to, cells being in night order, seven to a column:
 * right/left = a week later/earlier, down/up = a night later/earlier; stays put at the edges.
 */
export const moveCell = (index: number, key: string, total: number): number => {
  const step: Record<string, number> = {
    ArrowRight: 7,
    ArrowLeft: -7,
    ArrowDown: 1,
    ArrowUp: -1,
    Home: -index,
    End: total - 1 - index,
  };
  const delta = step[key];
  if (delta === undefined) return index;
  const next = index + delta;
  return next < 0 || next >= total ? index : next;
};
