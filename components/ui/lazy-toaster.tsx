"use client";

import { useEffect, useState } from "react";

import { lazyClient } from "@/components/lazy-client";

import { onToasterWanted } from "./toast";
import type { ToasterLabels } from "./toaster";

const Toaster = lazyClient(() => import("./toaster").then((m) => m.Toaster));

/**
 * Where toasts appear, with Sonner loaded when the first toast is raised (components/ui/toast.ts),
 * which then shows once it is listening. Not preloaded when idle: under Lighthouse's throttling
 * that load landed inside the measured window as a long task.
 */
export function LazyToaster({ labels }: { labels: ToasterLabels }) {
  const [wanted, setWanted] = useState(false);
  useEffect(() => onToasterWanted(() => setWanted(true)), []);
  return wanted ? <Toaster position="bottom-right" labels={labels} /> : null;
}
