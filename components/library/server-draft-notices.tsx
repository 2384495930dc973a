"use client";

import { CloudDownload, GitCompare } from "lucide-react";

import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";

import type { DraftConflict, ServerRestore } from "./use-server-draft";

const when = (iso: string) => <time dateTime={iso}>{new Date(iso).toLocaleString()}</time>;

/** The draft came from the server (saved in another browser or on another machine). */
export function ServerRestoreNotice({ restored, onDiscard }: { restored: ServerRestore | null; onDiscard: () => void }) {
  if (!restored) return null;
  return (
    <div role="status" className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-border bg-muted px-4 py-2 text-sm">
      <span className="flex items-center gap-2">
        <CloudDownload aria-hidden className="size-4" />
        <span>Restored your draft saved on the server at {when(restored.savedAt)} (from another browser or machine).</span>
      </span>
      <Button type="button" size="sm" variant="outline" onClick={onDiscard}>
        Discard this draft
      </Button>
    </div>
  );
}

/** Two tabs or machines saved the same draft: offer both, lose neither. */
export function DraftConflictDialog({
  conflict,
  onLoadNewer,
  onKeepMine,
}: {
  conflict: DraftConflict | null;
  onLoadNewer: () => void;
  onKeepMine: () => void;
}) {
  if (!conflict) return null;
  return (
    <Dialog open>
      <DialogContent showCloseButton={false} onEscapeKeyDown={(e) => e.preventDefault()} onPointerDownOutside={(e) => e.preventDefault()}>
        <DialogHeader>
          <DialogTitle className="flex items-center gap-2">
            <GitCompare aria-hidden className="size-5" /> This draft was changed elsewhere
          </DialogTitle>
          <DialogDescription>
            Another tab or machine saved it at {when(conflict.current.savedAt)} (revision {conflict.current.revision}):{" "}
            {conflict.current.summary}. Saving here is paused. Whichever you choose, the other is kept as a copy in My
            drafts.
          </DialogDescription>
        </DialogHeader>
        <DialogFooter>
          <Button type="button" variant="outline" onClick={onKeepMine}>
            Keep mine
          </Button>
          <Button type="button" onClick={onLoadNewer}>
            Load the newer draft
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
