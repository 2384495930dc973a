"use client";

import { useEffect, useState } from "react";

import { lazyClient } from "@/components/lazy-client";

import { onToasterWanted } from "./toast";
import type { ToasterLabels } from "./toaster";

const Toaster = lazyClient(() => import("./toaster").then((m) => m.Toaster));

/**
 * Where toasts appear, with Sonner loaded later than the page: when the first toast is raised
 * (components/ui/toast.ts), or once the browser is idle after the page loaded, so that a later
 * toast shows at once.
 */
export function LazyToaster({ labels }: { labels: ToasterLabels }) {
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    const stop = onToasterWanted(() => setWanted(true));
    const idle =
      typeof requestIdleCallback === "function"
        ? requestIdleCallback(() => setWanted(true), { timeout: 5_000 })
        : undefined;
    return () => {
      stop();
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, []);
  return wanted ? <Toaster position="bottom-right" labels={labels} /> : null;
}
