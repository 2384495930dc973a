"use client";

import { Button } from "@/components/ui/button";
import { DialogFooter } from "@/components/ui/dialog";

/** The end of a template form: why the last save failed, Cancel and Save template. */
export function TemplateFormFooter({ error, pending, onCancel }: { error?: string; pending: boolean; onCancel: () => void }) {
  return (
    <>
      {error && (
        <p role="alert" className="text-sm font-medium text-destructive">
          {error}
        </p>
      )}
      <DialogFooter>
        <Button type="button" variant="outline" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save template"}
        </Button>
      </DialogFooter>
    </>
  );
}
