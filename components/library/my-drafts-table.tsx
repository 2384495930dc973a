"use client";

import Link from "next/link";
import { toast } from "sonner";

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
  return (
    <div className="grid gap-3">
      {drafts.length > 1 && (
        <Button
          type="button"
          variant="outline"
          size="sm"
          className="w-fit"
          onClick={async () => {
            if (!window.confirm(`Discard all ${drafts.length} drafts? This cannot be undone.`))
              return;
            const result = await discardAll();
            if (result.ok) toast.success(`Discarded ${result.discarded} drafts`);
            else toast.error(result.message);
          }}
        >
          Discard all drafts
        </Button>
      )}
      <Table aria-label="My drafts">
        <TableHeader>
          <TableRow>
            <TableHead>Application</TableHead>
            <TableHead>Started from</TableHead>
            <TableHead>Last edit</TableHead>
            <TableHead>Summary</TableHead>
            <TableHead>Actions</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {drafts.length === 0 && (
            <TableRow>
              <TableCell colSpan={5} className="text-muted-foreground">
                No drafts: what you type in a new version is kept here until you create it.
              </TableCell>
            </TableRow>
          )}
          {drafts.map((d) => (
            <TableRow key={d.id}>
              <TableCell className="font-mono text-xs">{d.appId}</TableCell>
              <TableCell>
                {d.base ? d.base.label : "A blank form"}
                {d.copy > 0 && <span className="text-muted-foreground"> (copy {d.copy})</span>}
              </TableCell>
              <TableCell>
                <DateTime value={d.savedAt} />
              </TableCell>
              <TableCell>{d.summary}</TableCell>
              <TableCell>
                <div className="flex gap-1">
                  <Button asChild size="sm" variant="outline">
                    <Link href={draftHref(d)} aria-label={`Open draft ${d.summary}`}>
                      Open
                    </Link>
                  </Button>
                  <Button
                    type="button"
                    size="sm"
                    variant="outline"
                    aria-label={`Discard draft ${d.summary}`}
                    onClick={async () => {
                      if (
                        !window.confirm(`Discard the draft "${d.summary}"? This cannot be undone.`)
                      )
                        return;
                      const result = await discard(d.id);
                      if (result.ok) toast.success("Draft discarded");
                      else toast.error(result.message);
                    }}
                  >
                    Discard
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
