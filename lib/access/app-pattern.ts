// Which apps a grant covers: an exact AppId, an exact name, a name glob with `*` (shop-*), or `*`.

export interface AppRef {
  id: string;
  name: string;
}

const PATTERN = /^[A-Za-z0-9*._-]{1,128}$/;

/** Why a pattern is unusable, as a sentence for the field, or undefined when it is fine. */
export function appPatternProblem(pattern: string): string | undefined {
  if (!PATTERN.test(pattern)) {
    return "An app pattern is an AppId, an app name, or a name with * wildcards (such as shop-* or *): letters, digits, . _ - and * only, at most 128 characters.";
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
