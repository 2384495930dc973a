// ESA timestamps are ISO-8601 UTC (`2025-03-02T08:15:00Z`). They are shown in UTC, formatted by
// hand rather than with Intl, so the server's and the browser's output are identical and a
// hydrated client component never mismatches.

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const pad = (n: number) => String(n).padStart(2, "0");

/** `2 Mar 2025, 08:15 UTC`; null for an empty or unreadable value. */
export function formatUtc(iso: string | undefined): string | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  const d = new Date(ms);
  const month = MONTHS[d.getUTCMonth()] ?? "";
  return `${d.getUTCDate()} ${month} ${d.getUTCFullYear()}, ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
}
