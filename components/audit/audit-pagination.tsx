import Link from "next/link";
import { useTranslations } from "next-intl";

import { buttonVariants } from "@/components/ui/button";
import { auditQueryString, type AuditFilterState } from "@/lib/audit/filter-state";
import { cn } from "@/lib/utils";

export function AuditPagination({ state, total }: { state: AuditFilterState; total: number }) {
  const t = useTranslations("audit.pagination");
  const last = Math.max(1, Math.ceil(total / state.size));
  const from = total === 0 ? 0 : Math.min((state.page - 1) * state.size + 1, total);
  const to = Math.min(state.page * state.size, total);
  const link = (page: number, label: string, disabled: boolean) =>
    disabled ? (
      <span aria-disabled="true" className={cn(buttonVariants({ variant: "outline", size: "sm" }), "pointer-events-none opacity-50")}>
        {label}
      </span>
    ) : (
      <Link href={`/audit${auditQueryString(state, { page })}`} className={buttonVariants({ variant: "outline", size: "sm" })}>
        {label}
      </Link>
    );
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <p>
        {total === 0 ? t("none") : t("range", { from, to, total })}
        {state.page > last && total > 0 && t("pastLast")}
      </p>
      <div className="flex items-center gap-2">
        {link(1, t("first"), state.page <= 1)}
        {link(state.page - 1, t("previous"), state.page <= 1)}
        <span>{t("page", { page: state.page, last })}</span>
        {link(state.page + 1, t("next"), state.page >= last)}
        {link(last, t("last"), state.page >= last)}
      </div>
    </nav>
  );
}
