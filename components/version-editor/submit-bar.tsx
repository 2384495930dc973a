"use client";

import { Loader2, Send } from "lucide-react";
import { useFormState } from "react-hook-form";
import { Button } from "@/components/ui/button";
import type { VersionForm } from "@/lib/version/schema";

export function SubmitBar() {
  const { isSubmitting } = useFormState<VersionForm>();
  return (
    <div className="sticky bottom-0 flex items-center justify-between gap-4 border-t border-border bg-background py-3">
      <p className="text-sm text-muted-foreground">
        <kbd className="rounded border border-border px-1 font-mono text-xs">Ctrl</kbd>/<kbd className="rounded border border-border px-1 font-mono text-xs">⌘</kbd>+
        <kbd className="rounded border border-border px-1 font-mono text-xs">Enter</kbd> submits
      </p>
      <Button type="submit" disabled={isSubmitting} aria-busy={isSubmitting || undefined}>
        {isSubmitting ? <Loader2 aria-hidden className="animate-spin" /> : <Send aria-hidden />}
        {isSubmitting ? "Creating version…" : "Create version"}
      </Button>
    </div>
  );
}
