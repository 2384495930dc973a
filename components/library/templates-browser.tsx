"use client";

import { useMemo, useState } from "react";
import { Download } from "lucide-react";
import { toast } from "sonner";

import { DateTime } from "@/components/browse/date-time";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { filterTemplates, NO_FILTER, templateOwners } from "@/lib/library/template-filter";
import { exportTemplatesJson } from "@/lib/library/template-io";
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
  const [filter, setFilter] = useState(NO_FILTER);
  const [selected, setSelected] = useState<{ id: string; show: "preview" | "history" } | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const shown = useMemo(() => filterTemplates(templates, filter, myId), [templates, filter, myId]);
  const owners = useMemo(() => templateOwners(templates), [templates]);
  const current = templates.find((t) => t.id === selected?.id);
  const editTemplate = templates.find((t) => t.id === editing);

  const run = async (work: Promise<{ ok: boolean; message?: string }>, success: string) => {
    const result = await work;
    if (result.ok) toast.success(success);
    else toast.error(result.message ?? "The change failed.");
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
          <Download aria-hidden /> Export {shown.length === templates.length ? "all" : "shown"} as JSON
        </Button>
      </div>
      <Table aria-label="Templates">
        <TableHeader>
          <TableRow>
            <TableHead>Name</TableHead>
            <TableHead>Scope</TableHead>
            <TableHead>Owner</TableHead>
            <TableHead>Revision</TableHead>
            <TableHead>Updated</TableHead>
            <TableHead>Actions</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {shown.length === 0 && (
            <TableRow>
              <TableCell colSpan={6} className="text-muted-foreground">
                {templates.length === 0 ? "No templates yet: save a container as a template from the version editor, or import a file." : "No template matches the search and filters."}
              </TableCell>
            </TableRow>
          )}
          {shown.map((t) => (
            <TableRow key={t.id}>
              <TableCell>
                <span className="font-medium">{t.name}</span>
                <span className="block text-xs text-muted-foreground">
                  {t.kind === "container" ? "Container" : `Version, ${t.containers.length} container(s)`}
                </span>
              </TableCell>
              <TableCell>{scopeLabel(t.scope, t.appPattern)}</TableCell>
              <TableCell>{t.ownerName}</TableCell>
              <TableCell>{t.revision}</TableCell>
              <TableCell>
                <DateTime value={t.updatedAt} /> by {t.updatedByName}
              </TableCell>
              <TableCell>
                <div className="flex flex-wrap gap-1">
                  <Button type="button" size="sm" variant="outline" aria-label={`Preview ${t.name}`} onClick={() => setSelected({ id: t.id, show: "preview" })}>
                    Preview
                  </Button>
                  <Button type="button" size="sm" variant="outline" aria-label={`History of ${t.name}`} onClick={() => setSelected({ id: t.id, show: "history" })}>
                    History
                  </Button>
                  <Button type="button" size="sm" variant="outline" aria-label={`Edit ${t.name}`} disabled={Boolean(t.refusals.edit)} title={t.refusals.edit} onClick={() => setEditing(t.id)}>
                    Edit
                  </Button>
                  <Button type="button" size="sm" variant="outline" aria-label={`Duplicate ${t.name}`} onClick={() => void run(actions.duplicate(t.id), `Duplicated ${t.name} as a personal template`)}>
                    Duplicate
                  </Button>
                  <Button
                    type="button"
                    size="sm"
                    variant="outline"
                    aria-label={`Delete ${t.name}`}
                    disabled={Boolean(t.refusals.delete)}
                    title={t.refusals.delete}
                    onClick={() => {
                      if (window.confirm(`Delete the template ${t.name} and its history? Versions made from it keep their record.`))
                        void run(actions.remove(t.id), `Deleted ${t.name}`);
                    }}
                  >
                    Delete
                  </Button>
                </div>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {current && selected?.show === "preview" && <TemplatePreview template={current} heading={`Preview of ${current.name}`} />}
      {current && selected?.show === "history" && <TemplateHistory template={current} actions={actions} />}
      {editTemplate && <TemplateEditDialog template={editTemplate} update={actions.update} onClose={() => setEditing(null)} />}
      <TemplateImport importFile={actions.importFile} />
    </div>
  );
}
