"use client";

import { useEffect, useMemo, useState } from "react";
import { useTranslations } from "next-intl";

import { useRenderMessage } from "@/components/i18n/use-render-message";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { filterTemplates, NO_FILTER } from "@/lib/library/template-filter";
import { scopeLabel, type TemplateView } from "@/lib/library/template-view";

import { useEditorLibrary } from "./editor-library-context";
import { ContainerSummaryList, SecretsToFill } from "./template-preview";

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
  const t = useTranslations("library.picker");
  const render = useRenderMessage();
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
      () => live && setError(t("loadFailed")),
    );
    return () => {
      live = false;
    };
  }, [library, appId, t]);

  const shown = useMemo(() => filterTemplates(templates ?? [], { ...NO_FILTER, search }, ""), [templates, search]);
  const adding = mode === "add";

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent size="lg">
        <DialogHeader>
          <DialogTitle>{adding ? t("titleAdd") : t("titleStart")}</DialogTitle>
          <DialogDescription>{adding ? t("descriptionAdd") : t("descriptionStart")}</DialogDescription>
        </DialogHeader>
        <div className="grid gap-1">
          <Label htmlFor="template-picker-search">{t("search")}</Label>
          <Input id="template-picker-search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </div>
        {error && (
          <p role="alert" className="text-sm text-destructive">
            {error}
          </p>
        )}
        {!templates && !error && <p className="text-sm text-muted-foreground">{t("loading")}</p>}
        {templates && shown.length === 0 && (
          <p className="text-sm text-muted-foreground">
            {templates.length === 0 ? t("noneYet") : t("noMatch")}
          </p>
        )}
        <ul aria-label={t("listLabel")} className="grid gap-2">
          {shown.map((template) => (
            <li key={template.id} className="grid gap-1 rounded-md border border-border p-3">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span>
                  <span className="font-medium">{template.name}</span>{" "}
                  <span className="text-xs text-muted-foreground">
                    {t("details", {
                      scope: render(scopeLabel(template.scope, template.appPattern)),
                      revision: template.revision,
                      owner: template.ownerName,
                    })}
                  </span>
                </span>
                <Button
                  type="button"
                  size="sm"
                  onClick={() => onPick(template)}
                  aria-label={adding ? t("addLabel", { name: template.name }) : t("startLabel", { name: template.name })}
                >
                  {adding ? t("addButton") : t("startButton")}
                </Button>
              </div>
              {template.description && <p className="text-sm text-muted-foreground">{template.description}</p>}
              <ContainerSummaryList template={template} />
              <SecretsToFill names={template.strippedSecrets} className="text-xs" />
            </li>
          ))}
        </ul>
      </DialogContent>
    </Dialog>
  );
}
