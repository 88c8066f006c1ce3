/** Dates and durations for display, in the UI's language. */

export function formatDate(iso: string, locale: string): string {
  const [year, month, day] = iso.split("-").map(Number);
  return new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
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
