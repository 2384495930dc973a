import { LIMITS } from "./constants";

/** A new version name derived from the base: a trailing number is incremented (v1.4.2 → v1.4.3,
 * release-7 → release-8), otherwise "-next" is appended. Always within the name's length bound. */
export function suggestNextName(base: string, taken: readonly string[] = []): string {
  const bump = (name: string): string => {
    const m = /^(.*?)(\d+)$/.exec(name);
    if (m) return `${m[1]}${String(Number(m[2]) + 1).padStart(m[2]!.length, "0")}`;
    return `${name}-next`;
  };
  let candidate = bump(base);
  for (let i = 0; i < 100 && taken.includes(candidate); i++) candidate = bump(candidate);
  if (candidate.length < LIMITS.versionName.min)
    candidate = `${candidate}-next`.padEnd(LIMITS.versionName.min, "0");
  return candidate.slice(0, LIMITS.versionName.max);
}
