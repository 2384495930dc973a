import type { Formats } from "next-intl";

// Named formats for useFormatter()/getFormatter(). Every time shown names its zone: a portal's
// people and its servers are rarely in one.
export const FORMATS = {
  dateTime: {
    /** 2 Dec 2026, 14:05 UTC+8 · 2026年12月2日 14:05 GMT+8 */
    stamp: {
      year: "numeric",
      month: "short",
      day: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      timeZoneName: "short",
    },
    /** With seconds, for audit rows and release steps. */
    precise: {
      year: "numeric",
      month: "short",
      day: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      timeZoneName: "short",
    },
    day: { year: "numeric", month: "short", day: "numeric" },
  },
  number: {
    percent: { style: "percent", maximumFractionDigits: 1 },
  },
} satisfies Formats;
