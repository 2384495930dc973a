"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { toast } from "@/components/ui/toast";

import { DateTime } from "@/components/browse/date-time";
import { Button } from "@/components/ui/button";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import type { ServerDraftView } from "@/lib/library/draft-types";
import type { ActionFailure } from "@/lib/submit/results";

export type DraftRowView = Omit<ServerDraftView, "values">;

/** The editor of a draft: its app, the version it started from, and which copy. */
export function draftHref(draft: Pick<DraftRowView, "appId" | "base" | "copy">): string {
  const params = new URLSearchParams();
  if (draft.base) params.set("from", draft.base.versionId);
  if (draft.copy > 0) params.set("copy", String(draft.copy));
  const query = params.toString();
  return `/apps/${encodeURIComponent(draft.appId)}/versions/new${query ? `?${query}` : ""}`;
}

export function MyDraftsTable({
  drafts,
  discard,
  discardAll,
}: {
  drafts: DraftRowView[];
  discard: (id: string) => Promise<{ ok: true; summary: string } | ActionFailure>;
  discardAll: () => Promise<{ ok: true; discarded: number } | ActionFailure>;
}) {
  const t = useTranslations("library.myDrafts");
  return (
    <div className="grid gap-3">
      {drafts.length > 1 && (
        <Button
          type="button"
          variant="outline"
          size="sm"
          className="w-fit"
          onClick={async () => {
            if (!window.confirm(t("discardAllConfirm", { count: drafts.length }))) return;
            const result = await discardAll();
            if (result.ok) toast.success(t("discardedAll", { count: result.discarded }));
            else toast.error(result.message);
          }}
        >
          {t("discardAll")}
        </Button>
      )}
      <Table aria-label={t("tableLabel")}>
        <TableHeader>
          <TableRow>
            <TableHead>{t("columnApplication")}</TableHead>
            <TableHead>{t("columnStartedFrom")}</TableHead>
            <TableHead>{t("columnLastEdit")}</TableHead>
            <TableHead>{t("columnSummary")}</TableHead>
            <TableHead>{t("columnActions")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {drafts.length === 0 && (
            <TableRow>
              <TableCell colSpan={5} className="text-muted-foreground">
                {t("empty")}
              </TableCell>
            </TableRow>
          )}
          {drafts.map((d) => (
            <TableRow key={d.id}>
              <TableCell className="font-mono text-xs">{d.appId}</TableCell>
              <TableCell>
                {d.base ? d.base.label : t("blankForm")}
                {d.copy > 0 && <span className="text-muted-foreground"> {t("copy", { copy: d.copy })}</span>}
              </TableCell>
              <TableCell>
                <DateTime value={d.savedAt} />
              </TableCell>
              <TableCell>{d.summary}</TableCell>
              <TableCell>
                <div className="flex gap-1">
                  <Button asChild size="sm" variant="outline">
                    <Link href={draftHref(d)} aria-label={t("openLabel", { summary: d.summary })}>
                      {t("open")}
                    </Link>
                  </Button>
                  <Button
                    type="button"
                    size="sm"
                    variant="outline"
                    aria-label={t("discardLabel", { summary: d.summary })}
                    onClick={async () => {
                      if (!window.confirm(t("discardConfirm", { summary: d.summary }))) return;
                      const result = await discard(d.id);
                      if (result.ok) toast.success(t("discarded"));
                      else toast.error(result.message);
                    }}
                  >
                    {t("discard")}
                  </Button>
                </div>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
