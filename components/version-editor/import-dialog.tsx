"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { importVersionJson, type ImportProblem } from "@/lib/version/import-json";
import type { VersionForm } from "@/lib/version/schema";

/** Paste or upload JSON. The form changes only when the whole import is valid. Opened by the
 * toolbar's button, which loads this (and the schema it checks with) on first press; it stays
 * mounted afterwards, so text pasted and then cancelled is still there when reopened. */
export function ImportDialog({
  open,
  setOpen,
  currentAppId,
  onImport,
}: {
  open: boolean;
  setOpen: (open: boolean) => void;
  currentAppId: () => string;
  onImport: (values: VersionForm, source: string) => void;
}) {
  const [text, setText] = useState("");
  const [problems, setProblems] = useState<ImportProblem[]>([]);
  const id = useId();

  const apply = () => {
    const result = importVersionJson(text, currentAppId());
    if (!result.ok) return setProblems(result.problems);
    setProblems([]);
    setOpen(false);
    setText("");
    onImport(result.values, result.source);
  };

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogContent className="sm:max-w-2xl">
        <DialogHeader>
          <DialogTitle>Import a version</DialogTitle>
          <DialogDescription>
            Accepts the request as the preview shows it, the wire form (Containers as a string), or a GetEdgeContainerAppVersion response.
          </DialogDescription>
        </DialogHeader>
        <div className="grid gap-2">
          <Label htmlFor={`${id}-file`}>JSON file</Label>
          <input
            id={`${id}-file`}
            type="file"
            accept="application/json,.json"
            className="text-sm"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              if (file) setText(await file.text());
            }}
          />
          <Label htmlFor={`${id}-text`}>Or paste JSON</Label>
          <Textarea
            id={`${id}-text`}
            rows={10}
            size="sm"
            className="font-mono"
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-invalid={problems.length > 0 ? true : undefined}
            aria-describedby={problems.length > 0 ? `${id}-problems` : undefined}
          />
          {problems.length > 0 && (
            <div id={`${id}-problems`} role="alert" className="grid gap-1 text-sm text-destructive">
              <p className="font-medium">Nothing was imported. Fix these and try again:</p>
              <ul className="grid gap-1">
                {problems.slice(0, 20).map((p, i) => (
                  <li key={i}>
                    <span className="font-mono">{p.where}</span>: {p.message}
                  </li>
                ))}
              </ul>
              {problems.length > 20 && <p>…and {problems.length - 20} more.</p>}
            </div>
          )}
        </div>
        <DialogFooter>
          <Button type="button" variant="outline" onClick={() => setOpen(false)}>
            Cancel
          </Button>
          <Button type="button" onClick={apply} disabled={text.trim() === ""}>
            Import
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
