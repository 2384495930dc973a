"use client";

import { useFormatter } from "next-intl";

/** A service time in the reader's language and zone (the zone is named); the exact ISO value in
 * `dateTime` and the tooltip. `empty` is shown when there is none. */
export function Stamp({ value, empty }: { value: string | undefined; empty: string }) {
  const format = useFormatter();
  const time = value ? new Date(value) : null;
  if (!value || !time || Number.isNaN(time.getTime()))
    return <span className="text-muted-foreground">{value || empty}</span>;
  return (
    <time dateTime={value} title={value} className="whitespace-nowrap">
      {format.dateTime(time, "precise")}
    </time>
  );
}
