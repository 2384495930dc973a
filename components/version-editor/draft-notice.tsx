import Link from "next/link";
import { FileWarning, History } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { DraftBase } from "@/lib/version/draft-reader";
import type { OtherDraft } from "./draft-storage";
import type { RestoredDraft, SetAsideDraft } from "./use-draft";

const startedFrom = (base: DraftBase) => (base ? `started from ${base.label}` : "started from a blank form");
const when = (iso: string) => <time dateTime={iso}>{new Date(iso).toLocaleString()}</time>;

const box = "flex flex-wrap items-center justify-between gap-2 rounded-md border px-4 py-2 text-sm";

export function DraftNotice({ restored, onDiscard }: { restored: RestoredDraft | null; onDiscard: () => void }) {
  if (!restored) return null;
  return (
    <div role="status" data-testid="draft-notice" className={`${box} border-border bg-muted`}>
      <span className="flex items-center gap-2">
        <History aria-hidden className="size-4" />
        <span>
          Restored draft from {when(restored.savedAt)}, {startedFrom(restored.base)}.
        </span>
      </span>
      <Button type="button" size="sm" variant="outline" onClick={onDiscard}>
        Discard draft
      </Button>
    </div>
  );
}

const editorHref = (appId: string, base: DraftBase) =>
  `/apps/${encodeURIComponent(appId)}/versions/new${base ? `?from=${encodeURIComponent(base.versionId)}` : ""}`;

/** Drafts of the same app that started elsewhere: offered, never loaded into this page. */
export function OtherDraftsNotice({ appId, drafts }: { appId: string; drafts: OtherDraft[] }) {
  if (drafts.length === 0) return null;
  return (
    <div role="status" data-testid="other-drafts" className={`${box} border-border`}>
      <p>This application has {drafts.length === 1 ? "another draft" : `${drafts.length} other drafts`}:</p>
      <ul className="grid w-full gap-1">
        {drafts.map((d) => (
          <li key={d.base?.versionId ?? ""}>
            <Link className="underline" href={editorHref(appId, d.base)}>
              Draft {startedFrom(d.base)}
            </Link>
            , saved {when(d.savedAt)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A stored draft the editor could not read: set aside, offered for download, the form starts fresh. */
export function SetAsideNotice({ draft, onDismiss }: { draft: SetAsideDraft | null; onDismiss: () => void }) {
  if (!draft) return null;
  const download = () => {
    const url = URL.createObjectURL(new Blob([draft.raw], { type: "application/json" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = "version-draft.json";
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <div role="alert" data-testid="draft-set-aside" className={`${box} border-warning/40 bg-warning-background text-warning`}>
      <span className="flex items-center gap-2">
        <FileWarning aria-hidden className="size-4" />
        <span>
          A saved draft could not be read ({draft.reason}). It was set aside and the form starts fresh; download it
          to keep what it holds.
        </span>
      </span>
      <span className="flex gap-2">
        <Button type="button" size="sm" variant="outline" onClick={download}>
          Download the draft
        </Button>
        <Button type="button" size="sm" variant="outline" onClick={onDismiss}>
          Start fresh
        </Button>
      </span>
    </div>
  );
}
