import { DateTime } from "@/components/browse/date-time";

export interface VersionProvenanceProps {
  /** From the audit log (lib/audit/version-provenance.ts); null when it does not know. */
  provenance: { createdBy: string; at: string } | null;
}

/** "Created by Ada via Version Studio, 2 Dec 2026 17:04 UTC", or where it came from otherwise. */
export function VersionProvenanceLine({ provenance }: VersionProvenanceProps) {
  if (!provenance)
    return <span data-testid="version-provenance">Created outside Version Studio</span>;
  return (
    <span data-testid="version-provenance">
      Created by <span className="font-medium text-foreground">{provenance.createdBy}</span> via
      Version Studio, <DateTime value={provenance.at} />
    </span>
  );
}
