import { useFormatter } from "next-intl";

/**
 * A recorded time in the reader's language and time zone, its zone named ("stamp": to the minute,
 * "precise": to the second); the exact ISO value stays in `dateTime` and the tooltip. Works in
 * server and client components (useFormatter reads the request's or the provider's settings).
 */
export function TimeStamp({
  value,
  format = "stamp",
  empty = "—",
}: {
  value: Date | string | null | undefined;
  format?: "stamp" | "precise";
  empty?: string;
}) {
  const formatter = useFormatter();
  const date = value === null || value === undefined ? null : new Date(value);
  if (!date || Number.isNaN(date.getTime())) return <span className="text-muted-foreground">{empty}</span>;
  const iso = date.toISOString();
  return (
    <time dateTime={iso} title={iso} className="whitespace-nowrap">
      {formatter.dateTime(date, format)}
    </time>
  );
}
