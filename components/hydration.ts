"use client";

import { useEffect, useState } from "react";

// Client-only state that the server cannot know (is the page hydrated, does a media query match).
// The server and the hydrating browser render the same "false"; the real value arrives in an
// effect. useSyncExternalStore would do the same with less code, but when its server and client
// snapshots differ React re-renders synchronously inside the task that commits the hydration,
// which makes that task (already the longest of the page load) longer still. A state update from
// an effect is rendered in a task of its own. Anything mounted after hydration starts from the
// real value, so it never renders the placeholder first.

let hydrated = false;

/** False on the server and during hydration, true afterwards (and for anything mounted later). */
export function useHydrated(): boolean {
  const [value, setValue] = useState(hydrated);
  useEffect(() => {
    hydrated = true;
    // The point of this hook: the client's value, rendered in a task after the hydration's.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setValue(true);
  }, []);
  return value;
}

/** Whether the media query matches; false on the server and until hydration ends. */
export function useMediaQuery(query: string): boolean {
  const [matches, setMatches] = useState(() => hydrated && window.matchMedia(query).matches);
  useEffect(() => {
    hydrated = true;
    const list = window.matchMedia(query);
    const update = () => setMatches(list.matches);
    update(); // the first real value, after hydration; then every change
    list.addEventListener("change", update);
    return () => list.removeEventListener("change", update);
  }, [query]);
  return matches;
}
