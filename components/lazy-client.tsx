"use client";

import { lazy, Suspense, type ComponentType } from "react";
import { useHydrated } from "@/components/hydration";

// Client-only code splitting: the component's code loads when it first renders in the browser; the
// server, and the browser until hydration ends, render the fallback. What next/dynamic with
// `ssr: false` does, with React's own lazy/Suspense: next/dynamic's loader added ~4.5 KB to the
// editor's first-load JavaScript.

const renderNothing = () => null;

export function lazyClient<P extends object>(
  load: () => Promise<ComponentType<P>>,
  Fallback: ComponentType = renderNothing,
): ComponentType<P> {
  const Lazy = lazy(() => load().then((Component) => ({ default: Component })));
  function LazyClient(props: P) {
    const hydrated = useHydrated();
    if (!hydrated) return <Fallback />;
    return (
      <Suspense fallback={<Fallback />}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return LazyClient;
}
