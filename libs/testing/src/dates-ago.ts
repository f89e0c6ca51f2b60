/** The date `years` years and `days` days before today (UTC), YYYY-MM-DD: for retention tests, whose rules count back from today. */
export function dateYearsAgo(years: number, days = 0): string {
  const today = new Date();
  return new Date(Date.UTC(today.getUTCFullYear() - years, today.getUTCMonth(), today.getUTCDate() - days)).toISOString().slice(0, 10);
}
