import { Download } from "lucide-react";
import { useTranslations } from "next-intl";

import { buttonVariants } from "@/components/ui/button";
import { auditFilterQueryString, type AuditFilterState } from "@/lib/audit/filter-state";

/** Downloads of every entry matching the filters (all pages), from the export route handler. The
 * files keep the stored, machine-readable values (outcomes, actions, ISO times). */
export function ExportLinks({ state }: { state: AuditFilterState }) {
  const t = useTranslations("audit.export");
  const query = auditFilterQueryString(state);
  const href = (format: "csv" | "json") => `/api/audit/export${query ? `${query}&` : "?"}format=${format}`;
  return (
    <div className="flex items-center gap-2">
      <a href={href("csv")} download className={buttonVariants({ variant: "outline", size: "sm" })}>
        <Download aria-hidden />
        {t("csv")}
      </a>
      <a href={href("json")} download className={buttonVariants({ variant: "outline", size: "sm" })}>
        <Download aria-hidden />
        {t("json")}
      </a>
    </div>
  );
}
