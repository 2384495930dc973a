"use client";

import { appMatchesPattern, appPatternProblem, type AppRef } from "@/lib/access/app-pattern";

const SHOWN = 20;

/** Which apps a pattern matches right now (the app list read when the page loaded). */
export function PatternPreview({ id, pattern, apps }: { id: string; pattern: string; apps: AppRef[] | null }) {
  const trimmed = pattern.trim();
  let body: React.ReactNode;
  if (apps === null) body = "The app list could not be read from ESA, so no preview is shown.";
  else if (trimmed === "") body = "Type a pattern to see which apps it matches.";
  else if (appPatternProblem(trimmed)) body = "Fix the pattern to see which apps it matches.";
  else {
    const matches = apps.filter((app) => appMatchesPattern(trimmed, app));
    body =
      matches.length === 0 ? (
        `Matches no app right now (of ${apps.length}).`
      ) : (
        <>
          <span>
            Matches {matches.length} of {apps.length} apps right now:
          </span>
          <ul aria-label="Matching apps" className="mt-1 flex flex-wrap gap-1">
            {matches.slice(0, SHOWN).map((app) => (
              <li key={app.id} className="rounded border border-border px-1.5 py-0.5 font-mono text-xs" title={app.id}>
                {app.name}
              </li>
            ))}
            {matches.length > SHOWN && <li className="text-xs text-muted-foreground">and {matches.length - SHOWN} more</li>}
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
