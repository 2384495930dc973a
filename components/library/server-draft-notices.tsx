"use client";

import { CloudDownload } from "lucide-react";

import { Button } from "@/components/ui/button";

import type { ServerRestore } from "./use-server-draft";

export const when = (iso: string) => <time dateTime={iso}>{new Date(iso).toLocaleString()}</time>;

/** The draft came from the server (saved in another browser or on another machine). */
export function ServerRestoreNotice({ restored, onDiscard }: { restored: ServerRestore | null; onDiscard: () => void }) {
  if (!restored) return null;
  return (
    <div role="status" className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-border bg-muted px-4 py-2 text-sm">
      <span className="flex items-center gap-2">
        <CloudDownload aria-hidden className="size-4" />
        <span>Restored your draft saved on the server at {when(restored.savedAt)} (from another browser or machine).</span>
      </span>
      <Button type="button" size="sm" variant="outline" onClick={onDiscard}>
        Discard this draft
      </Button>
    </div>
  );
}
