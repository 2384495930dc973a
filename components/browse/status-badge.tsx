import { Badge, type BadgeProps } from "@/components/ui/badge";

// Apps and versions share ESA's statuses: creating -> created | failed. A status the service adds
// later is shown as it comes, neutrally.
const VARIANTS: Record<string, BadgeProps["variant"]> = {
  created: "success",
  creating: "warning",
  failed: "destructive",
};

export function StatusBadge({ status }: { status: string }) {
  return (
    <Badge variant={VARIANTS[status] ?? "outline"} data-status={status}>
      {status || "unknown"}
    </Badge>
  );
}
