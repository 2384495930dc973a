import { useTranslations } from "next-intl";
import { DateTime } from "@/components/browse/date-time";

export interface VersionProvenanceProps {
  /** From the audit log (lib/audit/version-provenance.ts); null when it does not know. */
  provenance: { createdBy: string; at: string } | null;
}

/** "Created by Ada via Version Studio, 2 Dec 2026 17:04 UTC", or where it came from otherwise. */
export function VersionProvenanceLine({ provenance }: VersionProvenanceProps) {
  const t = useTranslations("versions.provenance");
  if (!provenance) return <span data-testid="version-provenance">{t("outside")}</span>;
  return (
    <span data-testid="version-provenance">
      {t.rich("by", {
        name: provenance.createdBy,
        strong: (chunks) => <span className="font-medium text-foreground">{chunks}</span>,
        when: () => <DateTime value={provenance.at} />,
      })}
    </span>
  );
}
