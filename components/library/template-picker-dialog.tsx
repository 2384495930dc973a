"use client";

import { useEffect, useMemo, useState } from "react";

import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { filterTemplates, NO_FILTER } from "@/lib/library/template-filter";
import { scopeLabel, type TemplateView } from "@/lib/library/template-view";

import { useEditorLibrary } from "./editor-library-context";
import { ContainerSummaryList } from "./template-preview";

// Chooses a template in the editor: searchable, each with its containers' image, spec, storage
// and probe. "add" appends its containers; "start" replaces the version's containers with them.

export function TemplatePickerDialog({
  appId,
  mode,
  onPick,
  onClose,
}: {
  appId: string;
  mode: "add" | "start";
  onPick: (template: TemplateView) => void;
  onClose: () => void;
}) {
  const library = useEditorLibrary();
  const [templates, setTemplates] = useState<TemplateView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [search, setSearch] = useState("");

  useEffect(() => {
    if (!library) return;
    let live = true;
    library.listTemplates(appId).then(
      (result) => {
        if (!live) return;
        if (result.ok) setTemplates(result.templates);
        else setError(result.message);
      },
      () => live && setError("The templates could not be loaded: the server did not answer. Try again."),
    );
    return () => {
      live = false;
    };
  }, [library, appId]);

  const shown = useMemo(() => filterTemplates(templates ?? [], { ...NO_FILTER, search }, ""), [templates, search]);
  const title = mode === "add" ? "Add container from template" : "Start from template";
  const verb = mode === "add" ? "Add" : "Start from";

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent size="lg">
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>
            {mode === "add"
              ? "Its containers are added to this version; edit them as usual."
              : "The version's containers are replaced by the template's; edit them as usual."}
          </DialogDescription>
        </DialogHeader>
        <div className="grid gap-1">
          <Label htmlFor="template-picker-search">Search templates</Label>
          <Input id="template-picker-search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </div>
        {error && (
          <p role="alert" className="text-sm text-destructive">
            {error}
          </p>
        )}
        {!templates && !error && <p className="text-sm text-muted-foreground">Loading templates…</p>}
        {templates && shown.length === 0 && (
          <p className="text-sm text-muted-foreground">
            {templates.length === 0 ? "No templates you can use in this app yet. Save one with Save as template." : "No template matches."}
          </p>
        )}
        <ul aria-label="Templates" className="grid gap-2">
          {shown.map((t) => (
            <li key={t.id} className="grid gap-1 rounded-md border border-border p-3">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span>
                  <span className="font-medium">{t.name}</span>{" "}
                  <span className="text-xs text-muted-foreground">
                    {scopeLabel(t.scope, t.appPattern)} · revision {t.revision} · {t.ownerName}
                  </span>
                </span>
                <Button type="button" size="sm" onClick={() => onPick(t)} aria-label={`${verb} ${t.name}`}>
                  {verb} template
                </Button>
              </div>
              {t.description && <p className="text-sm text-muted-foreground">{t.description}</p>}
              <ContainerSummaryList template={t} />
              {t.strippedSecrets.length > 0 && (
                <p className="text-xs">Secret values to fill in: {t.strippedSecrets.join(", ")}</p>
              )}
            </li>
          ))}
        </ul>
      </DialogContent>
    </Dialog>
  );
}
