import { Loader2, Send } from "lucide-react";
import { Button } from "@/components/ui/button";

export function SubmitBar({ pending }: { pending: boolean }) {
  return (
    <div className="sticky bottom-0 flex items-center justify-between gap-4 border-t border-border bg-background py-3">
      <p className="text-sm text-muted-foreground">
        <kbd className="rounded border border-border px-1 font-mono text-xs">Ctrl</kbd>/<kbd className="rounded border border-border px-1 font-mono text-xs">⌘</kbd>+
        <kbd className="rounded border border-border px-1 font-mono text-xs">Enter</kbd> submits
      </p>
      <Button type="submit" disabled={pending} aria-busy={pending || undefined}>
        {pending ? <Loader2 aria-hidden className="animate-spin" /> : <Send aria-hidden />}
        {pending ? "Creating version…" : "Create version"}
      </Button>
    </div>
  );
}
