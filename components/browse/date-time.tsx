import { useFormatter } from "next-intl";

/** A service timestamp in the reader's language and time zone (the format names the zone), the
 * exact ISO value kept in `dateTime` and the tooltip. Works in server and client components. */
export function DateTime({ value, empty = "—" }: { value: string | undefined; empty?: string }) {
  const format = useFormatter();
  const ms = value ? Date.parse(value) : Number.NaN;
  if (!value || Number.isNaN(ms))
    return <span className="text-muted-foreground">{value || empty}</span>;
  return (
    <time dateTime={value} title={value} className="whitespace-nowrap">
      {format.dateTime(new Date(ms), "stamp")}
    </time>
  );
}
