import { LIMITS } from "./constants";

// A name for a version started from another one. Names are unique per application, so the
// suggestion must also be free there: the page asks ESA for the names that contain
// suggestionSearchKey(base) (a fuzzy search finds every candidate) and passes them as `taken`.

type Candidates = { searchKey: string; at: (i: number) => { stem: string; tail: string } };

/** A trailing number counts up (v1.4.2 → v1.4.3, build-009 → build-010); otherwise "-next",
 * then "-next-2", "-next-3"… (and a name already ending in "-next" goes on with "-2"). */
function candidatesFor(base: string): Candidates {
  const m = /^(.*?)(\d+)$/.exec(base);
  if (m) {
    const [, stem = "", digits = ""] = m;
    const first = BigInt(digits) + 1n;
    return { searchKey: stem, at: (i) => ({ stem, tail: String(first + BigInt(i)).padStart(digits.length, "0") }) };
  }
  if (base.endsWith("-next")) return { searchKey: base, at: (i) => ({ stem: base, tail: `-${i + 2}` }) };
  return { searchKey: base, at: (i) => ({ stem: base, tail: i === 0 ? "-next" : `-next-${i + 1}` }) };
}

/** Within the name's bounds: a long stem is shortened so that the counting tail survives. */
function fit({ stem, tail }: { stem: string; tail: string }): string {
  const name = stem.slice(0, LIMITS.versionName.max - tail.length) + tail;
  return name.length < LIMITS.versionName.min ? `${name}-next`.padEnd(LIMITS.versionName.min, "0") : name;
}

/** What to search the application's version names for: every candidate name contains it. */
export function suggestionSearchKey(base: string): string {
  return candidatesFor(base).searchKey;
}

/** The first candidate name not in `taken` (compared ignoring case, as a search would). */
export function suggestNextName(base: string, taken: readonly string[] = []): string {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  const { at } = candidatesFor(base);
  // Candidates are distinct, so one of the first taken.length + 1 is free.
  for (let i = 0; ; i++) {
    const name = fit(at(i));
    if (!used.has(name.toLowerCase()) || i >= taken.length) return name;
  }
}
