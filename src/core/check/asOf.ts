// The default as-of date: the end of the last finished month.
const pad = (n: number): string => String(n).padStart(2, '0');

export function lastFinishedMonthEnd(today: Date): string {
  // Day 0 of this month is the last day of the previous one.
  const end = new Date(today.getFullYear(), today.getMonth(), 0);
  return `${end.getFullYear()}-${pad(end.getMonth() + 1)}-${pad(end.getDate())}`;
}
