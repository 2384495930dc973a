"use client";

import { GitCompare } from "lucide-react";
import { useTranslations } from "next-intl";

import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";

import { SavedAt } from "./server-draft-notices";
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
  const t = useTranslations("library.serverDraft");
  return (
    <Dialog open>
      <DialogContent showCloseButton={false} onEscapeKeyDown={(e) => e.preventDefault()} onPointerDownOutside={(e) => e.preventDefault()}>
        <DialogHeader>
          <DialogTitle className="flex items-center gap-2">
            <GitCompare aria-hidden className="size-5" /> {t("conflictTitle")}
          </DialogTitle>
          <DialogDescription>
            {t.rich("conflictDescription", {
              time: () => <SavedAt iso={conflict.current.savedAt} />,
              revision: conflict.current.revision,
              summary: conflict.current.summary,
            })}
          </DialogDescription>
        </DialogHeader>
        <DialogFooter>
          <Button type="button" variant="outline" onClick={onKeepMine}>
            {t("keepMine")}
          </Button>
          <Button type="button" onClick={onLoadNewer}>
            {t("loadNewer")}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
