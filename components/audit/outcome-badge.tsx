import { Badge } from "@/components/ui/badge";

const VARIANT = { ok: "success", refused: "warning", failed: "destructive", unknown: "outline" } as const;

export function OutcomeBadge({ outcome }: { outcome: string }) {
  return <Badge variant={VARIANT[outcome as keyof typeof VARIANT] ?? "outline"}>{outcome}</Badge>;
}
