"use client";

import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { FieldChange, VersionDiff } from "@/lib/version/version-diff";

// Signs, not words: the same in every language.
const ADDED = "+";
const REMOVED = "−";

function FieldChangeRow({ change }: { change: FieldChange }) {
  return (
    <li className="grid grid-cols-[10rem_1fr] gap-2 font-mono text-xs">
      <span className="font-semibold">{change.field}</span>
      <span className="break-all">
        {change.kind === "added" && <ins className="text-success no-underline">{ADDED} {change.to}</ins>}
        {change.kind === "removed" && <del className="text-destructive">{REMOVED} {change.from}</del>}
        {change.kind === "changed" && (
          <>
            <del className="text-destructive">{change.from}</del> → <ins className="text-success no-underline">{change.to}</ins>
          </>
        )}
      </span>
    </li>
  );
}

/** The review's difference against the base version, one line per changed field. */
export function VersionDiffView({ diff, baseName }: { diff: VersionDiff; baseName: string }) {
  const t = useTranslations("diff");
  const mono = (chunks: React.ReactNode) => <span className="font-mono">{chunks}</span>;
  const nothing = diff.containers.length === 0 && diff.version.filter((c) => c.field !== "Name").length === 0;
  return (
    <div className="grid gap-4" data-testid="version-diff">
      <p className="text-sm text-muted-foreground">{t.rich("comparedWith", { name: baseName, mono })}</p>
      {diff.version.length > 0 && (
        <section aria-label={t("versionFields")} className="grid gap-1">
          <h3 className="text-sm font-semibold">{t("version")}</h3>
          <ul className="grid gap-1">{diff.version.map((c) => <FieldChangeRow key={c.field} change={c} />)}</ul>
        </section>
      )}
      {diff.containers.map((c) => (
        <section key={`${c.kind}-${c.name}`} aria-label={t("containerChange", { name: c.name, kind: t("kind", { kind: c.kind }) })} className="grid gap-1 rounded-md border border-border p-3">
          <h3 className="flex items-center gap-2 text-sm font-semibold">
            <span className="font-mono">{c.name}</span>
            <Badge variant={c.kind === "added" ? "success" : c.kind === "removed" ? "destructive" : "warning"}>{t("kind", { kind: c.kind })}</Badge>
            {c.kind === "changed" && c.renamedFrom && <span className="text-xs font-normal">{t.rich("renamedFrom", { name: c.renamedFrom, mono })}</span>}
          </h3>
          {c.kind === "changed" && c.fields.length > 0 && <ul className="grid gap-1">{c.fields.map((f) => <FieldChangeRow key={f.field} change={f} />)}</ul>}
        </section>
      ))}
      {diff.unchangedContainers.length > 0 && (
        <p className="text-sm text-muted-foreground">{t("unchanged", { names: diff.unchangedContainers.join(", ") })}</p>
      )}
      {nothing && <p className="text-sm font-medium">{t("nameOnly")}</p>}
    </div>
  );
}
