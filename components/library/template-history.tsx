"use client";

import { useEffect, useState } from "react";
import { toast } from "sonner";

import { DateTime } from "@/components/browse/date-time";
import { Button } from "@/components/ui/button";
import type { TemplateRevisionView, TemplateView } from "@/lib/library/template-view";

import type { TemplateActions } from "./library-actions";
import { TemplatePreview } from "./template-preview";

// A template's revisions, newest first: each can be viewed, and an earlier one restored (which
// saves it again as the newest revision, so nothing in the history is lost).

export function TemplateHistory({
  template,
  actions,
}: {
  template: TemplateView;
  actions: Pick<TemplateActions, "revisions" | "restore">;
}) {
  const [revisions, setRevisions] = useState<TemplateRevisionView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [viewing, setViewing] = useState<number | null>(null);

  useEffect(() => {
    let live = true;
    void actions.revisions(template.id).then((result) => {
      if (!live) return;
      if (result.ok) setRevisions(result.revisions);
      else setError(result.message);
    });
    return () => {
      live = false;
    };
  }, [actions, template.id, template.revision]);

  const restore = async (revision: number) => {
    const result = await actions.restore(template.id, revision);
    if (result.ok) toast.success(`Restored revision ${revision} as revision ${result.template.revision}`);
    else toast.error(result.message);
  };

  if (error) return <p role="alert" className="text-sm text-destructive">{error}</p>;
  if (!revisions) return <p className="text-sm text-muted-foreground">Loading the history…</p>;
  const shown = revisions.find((r) => r.revision === viewing);
  return (
    <section aria-label={`History of ${template.name}`} className="grid gap-2">
      <h3 className="font-semibold">Revision history</h3>
      <ol className="grid gap-1 text-sm">
        {revisions.map((r) => (
          <li key={r.revision} className="flex flex-wrap items-center gap-2">
            <span className="font-medium">Revision {r.revision}</span>
            <span className="text-muted-foreground">
              {r.note} by {r.savedByName}, <DateTime value={r.savedAt} />
            </span>
            <Button type="button" size="sm" variant="outline" onClick={() => setViewing(viewing === r.revision ? null : r.revision)}>
              {viewing === r.revision ? "Hide" : "View"} revision {r.revision}
            </Button>
            {r.revision !== template.revision && !template.refusals.edit && (
              <Button type="button" size="sm" variant="outline" onClick={() => void restore(r.revision)}>
                Restore revision {r.revision}
              </Button>
            )}
          </li>
        ))}
      </ol>
      {shown && <TemplatePreview template={shown} heading={`Revision ${shown.revision} of ${shown.name}`} />}
    </section>
  );
}
