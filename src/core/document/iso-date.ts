/** ISO dates and years as the action document writes them: `2023`, `2023-06`, `2023-06-30`. */

/** The years a date in the document may have; outside them it is a typo (`0001-01-01`). */
const EARLIEST_YEAR = 1900;
const LATEST_YEAR = 2199;

/** True when every part of the date exists: month 1–12, day within that month, year in range. */
export function isRealIsoDate(value: string): boolean {
  const [year, month = 1, day = 1] = value.split('-').map(Number);
  if (year < EARLIEST_YEAR || year > LATEST_YEAR || month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one.
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
