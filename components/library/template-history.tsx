"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { toast } from "@/components/ui/toast";

import { DateTime } from "@/components/browse/date-time";
import { useRenderMessage } from "@/components/i18n/use-render-message";
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
  const t = useTranslations("library.history");
  const render = useRenderMessage();
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
    if (result.ok) toast.success(t("restored", { revision, newRevision: result.template.revision }));
    else toast.error(result.message);
  };

  if (error) return <p role="alert" className="text-sm text-destructive">{error}</p>;
  if (!revisions) return <p className="text-sm text-muted-foreground">{t("loading")}</p>;
  const shown = revisions.find((r) => r.revision === viewing);
  return (
    <section aria-label={t("label", { name: template.name })} className="grid gap-2">
      <h3 className="font-semibold">{t("heading")}</h3>
      <ol className="grid gap-1 text-sm">
        {revisions.map((r) => (
          <li key={r.revision} className="flex flex-wrap items-center gap-2">
            <span className="font-medium">{t("revision", { revision: r.revision })}</span>
            <span className="text-muted-foreground">
              {t.rich("savedBy", {
                note: render(r.note),
                name: r.savedByName,
                time: () => <DateTime value={r.savedAt} />,
              })}
            </span>
            <Button type="button" size="sm" variant="outline" onClick={() => setViewing(viewing === r.revision ? null : r.revision)}>
              {viewing === r.revision ? t("hide", { revision: r.revision }) : t("view", { revision: r.revision })}
            </Button>
            {r.revision !== template.revision && !template.refusals.edit && (
              <Button type="button" size="sm" variant="outline" onClick={() => void restore(r.revision)}>
                {t("restore", { revision: r.revision })}
              </Button>
            )}
          </li>
        ))}
      </ol>
      {shown && <TemplatePreview template={shown} heading={t("revisionOf", { revision: shown.revision, name: shown.name })} />}
    </section>
  );
}
