/** Whole days from one `YYYY-MM-DD` date to another (negative if `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

/** The later of two `YYYY-MM-DD` dates, `undefined` standing for "open" (later than any). */
export function laterEnd(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined || b === undefined) return undefined;
  return a > b ? a : b;
}

/** `YYYY` of a date, for descriptions. */
export const yearOf = (date: string) => date.slice(0, 4);
