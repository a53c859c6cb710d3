// The years a statistics period's dates fall in, the one it mostly covers first: the parser takes a
// report's year from it, and TEXT-YEAR compares it with the title's.

/**
 * The years of a period's start and end dates (ISO), in that order, except that a period over the
 * turn of a year gives the year it spends more days in first (2016-12-01 to 2017-11-30: 2017, 2016).
 */
export function yearsOfDates(start: string | null, end: string | null): number[] {
  const years = [start, end].filter((d): d is string => !!d).map((d) => Number(d.slice(0, 4)));
  if (start && end && years[1] === years[0]! + 1 && daysIn(end, 'end') > daysIn(start, 'start')) return [years[1]!, years[0]!];
  return years;
}

/** the days of its year an ISO date leaves after it (a start) or has before it (an end), itself counted */
function daysIn(iso: string, as: 'start' | 'end'): number {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return 0;
  const y = new Date(t).getUTCFullYear();
  const day = 86_400_000;
  return as === 'start' ? Math.round((Date.UTC(y, 11, 31) - t) / day) + 1 : Math.round((t - Date.UTC(y, 0, 1)) / day) + 1;
}
