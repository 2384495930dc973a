import { useTranslations } from "next-intl";

import { Badge } from "@/components/ui/badge";

const VARIANT = { ok: "success", refused: "warning", failed: "destructive", unknown: "outline" } as const;
type KnownOutcome = keyof typeof VARIANT;

const isKnown = (outcome: string): outcome is KnownOutcome => outcome in VARIANT;

/** An audit row's outcome in the reader's language; the stored value stays as recorded. */
export function OutcomeBadge({ outcome }: { outcome: string }) {
  const t = useTranslations("audit.outcome");
  return isKnown(outcome) ? <Badge variant={VARIANT[outcome]}>{t(outcome)}</Badge> : <Badge variant="outline">{outcome}</Badge>;
}
