import { msg } from "@/lib/i18n/message-ref";

// Which apps a grant covers: an exact AppId, an exact name, a name glob with `*` (shop-*), or `*`.

export interface AppRef {
  id: string;
  name: string;
}

const PATTERN = /^[A-Za-z0-9*._-]{1,128}$/;

/** Why a pattern is unusable, as a message reference for the field, or undefined when it is fine. */
export function appPatternProblem(pattern: string): string | undefined {
  if (!PATTERN.test(pattern)) {
    return msg("access.appPattern.invalid", { max: 128 });
  }
  return undefined;
}

function globToRegExp(glob: string): RegExp {
  const body = glob
    .split("*")
    .map((part) => part.replace(/[.+?^${}()|[\]\\-]/g, "\\$&"))
    .join(".*");
  return new RegExp(`^${body}$`);
}

export function appMatchesPattern(pattern: string, app: AppRef): boolean {
  if (pattern === "*") return true;
  if (!pattern.includes("*")) return pattern === app.id || pattern === app.name;
  return globToRegExp(pattern).test(app.name);
}
