import { useTranslations } from "next-intl";
import { Badge, type BadgeProps } from "@/components/ui/badge";

// Apps and versions share ESA's statuses: creating -> created | failed. A status the service adds
// later is shown as it comes, neutrally.
const VARIANTS: Record<string, BadgeProps["variant"]> = {
  created: "success",
  creating: "warning",
  failed: "destructive",
};
const KNOWN = ["creating", "created", "failed"] as const;
const isKnown = (status: string): status is (typeof KNOWN)[number] =>
  (KNOWN as readonly string[]).includes(status);

export function StatusBadge({ status }: { status: string }) {
  const t = useTranslations("browse.status");
  return (
    <Badge variant={VARIANTS[status] ?? "outline"} data-status={status}>
      {isKnown(status) ? t(status) : status || t("unknown")}
    </Badge>
  );
}
