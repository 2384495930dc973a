import type { Translate } from "@/lib/i18n/message-ref";

/** Everything the error boundary says, put into words on the server (components/browse/
 * boundary-messages.tsx): the boundary then needs no messages, and no next-intl, in the browser. */
export interface BoundaryWords {
  titles: { version: string; app: string; apps: string };
  heading: string;
  /** A digest is what Next.js gives an error thrown while rendering on the server; without one,
   * the failure happened in the browser and the server log knows nothing about it. */
  advice: { server: string; browser: string };
  /** "Reference {digest}" split where the digest goes. */
  reference: [before: string, after: string];
  retry: string;
}

const DIGEST_MARK = "\u0000";

export function boundaryWords(t: Translate): BoundaryWords {
  const [before = "", after = ""] = t("boundary.reference", { digest: DIGEST_MARK }).split(DIGEST_MARK);
  return {
    titles: { version: t("boundary.title.version"), app: t("boundary.title.app"), apps: t("boundary.title.apps") },
    heading: t("boundary.heading"),
    advice: { server: t("boundary.adviceServer"), browser: t("boundary.adviceBrowser") },
    reference: [before, after],
    retry: t("boundary.retry"),
  };
}
