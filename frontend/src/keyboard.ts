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
 * The heat-map cell an arrow key moves to, cells being in night order, seven to a week. Weeks
 * as columns: right/left = a week later/earlier, down/up = a night later/earlier; weeks as rows
 * the other way round. Stays put at the edges.
 */
export const moveCell = (index: number, key: string, total: number, weeksAsRows = false): number => {
  const [sideways, downwards] = weeksAsRows ? [1, 7] : [7, 1];
  const step: Record<string, number> = {
    ArrowRight: sideways,
    ArrowLeft: -sideways,
    ArrowDown: downwards,
    ArrowUp: -downwards,
    Home: -index,
    End: total - 1 - index,
  };
  const delta = step[key];
  if (delta === undefined) return index;
  const next = index + delta;
  return next < 0 || next >= total ? index : next;
};
