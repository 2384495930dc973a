"use client";

import { useMemo, useState } from "react";
import { Download } from "lucide-react";
import { useTranslations } from "next-intl";
import { toast } from "@/components/ui/toast";

import { DateTime } from "@/components/browse/date-time";
import { useRenderMessage } from "@/components/i18n/use-render-message";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { filterTemplates, NO_FILTER, templateOwners } from "@/lib/library/template-filter";
import { exportTemplatesJson } from "@/lib/library/template-export";
import { scopeLabel, type TemplateView } from "@/lib/library/template-view";

import type { TemplateActions } from "./library-actions";
import { TemplateEditDialog } from "./template-edit-dialog";
import { TemplateFilters } from "./template-filters";
import { TemplateHistory } from "./template-history";
import { TemplateImport } from "./template-import";
import { TemplatePreview } from "./template-preview";

// The /templates page: search and filters, one row per template with what the person may do to
// it (disabled controls say why), a preview and the revision history below the list.

function download(filename: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  a.click();
  URL.revokeObjectURL(url);
}

export function TemplatesBrowser({ templates, myId, actions }: { templates: TemplateView[]; myId: string; actions: TemplateActions }) {
  const t = useTranslations("library.browser");
  const render = useRenderMessage();
  const [filter, setFilter] = useState(NO_FILTER);
  const [selected, setSelected] = useState<{ id: string; show: "preview" | "history" } | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const shown = useMemo(() => filterTemplates(templates, filter, myId), [templates, filter, myId]);
  const owners = useMemo(() => templateOwners(templates), [templates]);
  const current = templates.find((template) => template.id === selected?.id);
  const editTemplate = templates.find((template) => template.id === editing);

  const run = async (work: Promise<{ ok: boolean; message?: string }>, success: string) => {
    const result = await work;
    if (result.ok) toast.success(success);
    else toast.error(result.message ?? t("changeFailed"));
  };

  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <TemplateFilters filter={filter} owners={owners} onChange={setFilter} />
        <Button
          type="button"
          variant="outline"
          size="sm"
          disabled={shown.length === 0}
          onClick={() => download("version-studio-templates.json", exportTemplatesJson(shown))}
        >
          <Download aria-hidden /> {shown.length === templates.length ? t("exportAll") : t("exportShown")}
        </Button>
      </div>
      <Table aria-label={t("tableLabel")}>
        <TableHeader>
          <TableRow>
            <TableHead>{t("columnName")}</TableHead>
            <TableHead>{t("columnScope")}</TableHead>
            <TableHead>{t("columnOwner")}</TableHead>
            <TableHead>{t("columnRevision")}</TableHead>
            <TableHead>{t("columnUpdated")}</TableHead>
            <TableHead>{t("columnActions")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {shown.length === 0 && (
            <TableRow>
              <TableCell colSpan={6} className="text-muted-foreground">
                {templates.length === 0 ? t("empty") : t("noMatch")}
              </TableCell>
            </TableRow>
          )}
          {shown.map((template) => (
            <TableRow key={template.id}>
              <TableCell>
                <span className="font-medium">{template.name}</span>
                <span className="block text-xs text-muted-foreground">
                  {template.kind === "container" ? t("kindContainer") : t("kindVersion", { count: template.containers.length })}
                </span>
              </TableCell>
              <TableCell>{render(scopeLabel(template.scope, template.appPattern))}</TableCell>
              <TableCell>{template.ownerName}</TableCell>
              <TableCell>{template.revision}</TableCell>
              <TableCell>
                {t.rich("updatedBy", { name: template.updatedByName, time: () => <DateTime value={template.updatedAt} /> })}
              </TableCell>
              <TableCell>
                <div className="flex flex-wrap gap-1">
                  <Button
                    type="button"
                    size="sm"
                    variant="outline"
                    aria-label={t("previewLabel", { name: template.name })}
                    onClick={() => setSelected({ id: template.id, show: "preview" })}
                  >
                    {t("preview")}
                  </Button>
                  <Button
                    type="button"
                    size="sm"
                    variant="outline"
                    aria-label={t("historyLabel", { name: template.name })}
                    onClick={() => setSelected({ id: template.id, show: "history" })}
                  >
                    {t("history")}
                  </Button>
                  <Button
                    type="button"
                    size="sm"
                    variant="outline"
                    aria-label={t("editLabel", { name: template.name })}
                    disabled={Boolean(template.refusals.edit)}
                    title={template.refusals.edit}
                    onClick={() => setEditing(template.id)}
                  >
                    {t("edit")}
                  </Button>
                  <Button
                    type="button"
                    size="sm"
                    variant="outline"
                    aria-label={t("duplicateLabel", { name: template.name })}
                    onClick={() => void run(actions.duplicate(template.id), t("duplicated", { name: template.name }))}
                  >
                    {t("duplicate")}
                  </Button>
                  <Button
                    type="button"
                    size="sm"
                    variant="outline"
                    aria-label={t("deleteLabel", { name: template.name })}
                    disabled={Boolean(template.refusals.delete)}
                    title={template.refusals.delete}
                    onClick={() => {
                      if (window.confirm(t("deleteConfirm", { name: template.name })))
                        void run(actions.remove(template.id), t("deleted", { name: template.name }));
                    }}
                  >
                    {t("delete")}
                  </Button>
                </div>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {current && selected?.show === "preview" && <TemplatePreview template={current} heading={t("previewHeading", { name: current.name })} />}
      {current && selected?.show === "history" && <TemplateHistory template={current} actions={actions} />}
      {editTemplate && <TemplateEditDialog template={editTemplate} update={actions.update} onClose={() => setEditing(null)} />}
      <TemplateImport importFile={actions.importFile} />
    </div>
  );
}
