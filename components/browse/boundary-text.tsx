"use client";

import { createContext, useContext } from "react";

import type { BoundaryWords } from "./boundary-words";

export interface BoundaryText extends BoundaryWords {
  /** The retry button's icon, rendered on the server: no icon code in the browser. */
  retryIcon: React.ReactNode;
  /** Alert's and Button's classes, worked out on the server: no cva in the browser's shell. */
  classes: { alert: string; title: string; description: string; retry: string };
}

const BoundaryTextContext = createContext<BoundaryText | null>(null);

/** The error boundary's words for the page below (app/layout.tsx, via boundary-messages.tsx). */
export function BoundaryTextProvider({ text, children }: { text: BoundaryText; children: React.ReactNode }) {
  return <BoundaryTextContext value={text}>{children}</BoundaryTextContext>;
}

export function useBoundaryText(): BoundaryText {
  const text = useContext(BoundaryTextContext);
  if (!text) throw new Error("useBoundaryText needs a BoundaryTextProvider (app/layout.tsx)");
  return text;
}
