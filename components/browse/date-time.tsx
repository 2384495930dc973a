import { formatUtc } from "@/lib/browse/format-time";

/** A service timestamp in readable UTC, the exact ISO value kept in `dateTime` and the tooltip. */
export function DateTime({ value, empty = "—" }: { value: string | undefined; empty?: string }) {
  const readable = formatUtc(value);
  if (!value || readable === null)
    return <span className="text-muted-foreground">{value || empty}</span>;
  return (
    <time dateTime={value} title={value} className="whitespace-nowrap">
      {readable}
    </time>
  );
}
