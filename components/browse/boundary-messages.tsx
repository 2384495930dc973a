import { getTranslations } from "next-intl/server";

import { RotateCwIcon } from "@/components/layout/shell-icons";
import type { Translate } from "@/lib/i18n/message-ref";

import { BoundaryTextProvider } from "./boundary-text";
import { boundaryWords } from "./boundary-words";

/**
 * Gives the error boundary (app/error.tsx) its words, in the page's language. The boundary is part
 * of every page's first-load JavaScript; with its words (and icon) from here it needs neither
 * next-intl nor lucide in the browser, and the root layout sends no messages at all.
 */
export async function BoundaryMessages({ children }: { children: React.ReactNode }) {
  const t = (await getTranslations()) as unknown as Translate;
  return (
    <BoundaryTextProvider text={{ ...boundaryWords(t), retryIcon: <RotateCwIcon /> }}>
      {children}
    </BoundaryTextProvider>
  );
}
