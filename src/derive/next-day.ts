/** The day after a "YYYY-MM-DD" date: where a day's width on the axis ends. */
export function nextDay(isoDate: string): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
