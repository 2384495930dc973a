import { History } from "lucide-react";
import { Button } from "@/components/ui/button";

export function DraftNotice({ restoredAt, onDiscard }: { restoredAt: string | null; onDiscard: () => void }) {
  if (!restoredAt) return null;
  const when = new Date(restoredAt);
  return (
    <div role="status" data-testid="draft-notice" className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-border bg-muted px-4 py-2 text-sm">
      <span className="flex items-center gap-2">
        <History aria-hidden className="size-4" />
        Restored draft from <time dateTime={restoredAt}>{when.toLocaleString()}</time>
      </span>
      <Button type="button" size="sm" variant="outline" onClick={onDiscard}>
        Discard draft
      </Button>
    </div>
  );
}
