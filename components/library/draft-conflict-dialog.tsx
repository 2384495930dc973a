"use client";

import { GitCompare } from "lucide-react";

import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";

import { when } from "./server-draft-notices";
import type { DraftConflict } from "./use-server-draft";

/** Two tabs or machines saved the same draft: offer both, lose neither. */
export function DraftConflictDialog({
  conflict,
  onLoadNewer,
  onKeepMine,
}: {
  conflict: DraftConflict;
  onLoadNewer: () => void;
  onKeepMine: () => void;
}) {
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
