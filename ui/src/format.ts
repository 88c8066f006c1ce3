/** Dates and durations for display, in the UI's language. */

export function formatDate(iso: string, locale: string): string {
  const [year, month, day] = iso.split("-").map(Number);
  return new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

/**
 * The calendar date of `instant` where the computer is, as `YYYY-MM-DD` (what a date input takes). Not
 * `toISOString().slice(0, 10)`, which is the date in UTC: from midnight to 01:00 in British Summer Time, yesterday.
 */
export function localIsoDate(instant: Date): string {
  const pad = (value: number, width: number) => String(value).padStart(width, "0");
  return `${pad(instant.getFullYear(), 4)}-${pad(instant.getMonth() + 1, 2)}-${pad(instant.getDate(), 2)}`;
}

/** The local calendar date `days` days after that of `instant` (calendar days, whatever the clocks do between). */
export function localIsoDateAfter(instant: Date, days: number): string {
  return localIsoDate(new Date(instant.getFullYear(), instant.getMonth(), instant.getDate() + days));
}

/** The calendar date `days` after an ISO date (`YYYY-MM-DD`), counted in whole days whatever the zone. */
export function isoDateAfter(iso: string, days: number): string {
  const [year, month, day] = iso.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Seconds as hours, to one decimal place. */
export function hours(seconds: number): number {
  return Math.round(seconds / 360) / 10;
}

/** The Fluent id naming a role. */
export function roleLabel(role: string): string {
  switch (role) {
    case "practice-manager":
      return "role-practice-manager";
    case "reception":
      return "role-reception";
    case "admin-team":
      return "role-admin-team";
    case "gp-partner":
      return "role-gp-partner";
    default:
      return "role-it";
  }
}
