"use client";

import { useTranslations } from "next-intl";

import { appMatchesPattern, appPatternProblem, type AppRef } from "@/lib/access/app-pattern";

const SHOWN = 20;

/** Which apps a pattern matches right now (the app list read when the page loaded). */
export function PatternPreview({ id, pattern, apps }: { id: string; pattern: string; apps: AppRef[] | null }) {
  const t = useTranslations("admin.preview");
  const trimmed = pattern.trim();
  let body: React.ReactNode;
  if (apps === null) body = t("noAppList");
  else if (trimmed === "") body = t("empty");
  else if (appPatternProblem(trimmed)) body = t("invalid");
  else {
    const matches = apps.filter((app) => appMatchesPattern(trimmed, app));
    body =
      matches.length === 0 ? (
        t("noMatch", { total: apps.length })
      ) : (
        <>
          <span>{t("matches", { count: matches.length, total: apps.length })}</span>
          <ul aria-label={t("listLabel")} className="mt-1 flex flex-wrap gap-1">
            {matches.slice(0, SHOWN).map((app) => (
              <li key={app.id} className="rounded border border-border px-1.5 py-0.5 font-mono text-xs" title={app.id}>
                {app.name}
              </li>
            ))}
            {matches.length > SHOWN && (
              <li className="text-xs text-muted-foreground">{t("more", { count: matches.length - SHOWN })}</li>
            )}
          </ul>
        </>
      );
  }
  return (
    <div id={id} aria-live="polite" className="text-sm text-muted-foreground">
      {body}
    </div>
  );
}
