import { getTranslations } from "next-intl/server";

import { RotateCwIcon } from "@/components/layout/shell-icons";
import { alertDescriptionClass, alertTitleClass, alertVariants } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import type { Translate } from "@/lib/i18n/message-ref";

import { BoundaryTextProvider } from "./boundary-text";
import { boundaryWords } from "./boundary-words";

/**
 * Gives the error boundary (app/error.tsx) its words, in the page's language. The boundary is part
 * of every page's first-load JavaScript; with its words, icon and Alert/Button classes from here it
 * needs neither next-intl, lucide nor cva in the browser, and the root layout sends no messages.
 */
const classes = {
  alert: alertVariants({ variant: "destructive" }),
  title: alertTitleClass,
  description: alertDescriptionClass,
  retry: `${buttonVariants({ variant: "outline", size: "sm" })} mt-2`,
};

export async function BoundaryMessages({ children }: { children: React.ReactNode }) {
  const t = (await getTranslations()) as unknown as Translate;
  return (
    <BoundaryTextProvider
      text={{
        ...boundaryWords(t),
        retryIcon: <RotateCwIcon />,
        classes,
      }}
    >
      {children}
    </BoundaryTextProvider>
  );
}
