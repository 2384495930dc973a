"use client";

import { useCallback } from "react";
import { useTranslations } from "next-intl";

import { renderMessage, type Translate } from "@/lib/i18n/message-ref";

/** Puts a message into words in the page's language: a reference (lib/i18n/message-ref.ts) from
 * the shared schema is translated; text the server already translated is shown as it is. */
export function useRenderMessage(): (text: string | undefined) => string {
  const t = useTranslations() as unknown as Translate;
  return useCallback((text) => (text ? renderMessage(text, t) : ""), [t]);
}
