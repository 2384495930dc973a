// use-intl/core (next-intl's own core): no React, so it also loads outside Next (the sandbox in
// benchmark and test children run with --conditions=react-server, where next-intl's entry needs React).
import { createTranslator } from "use-intl/core";

import en from "@/lib/i18n/messages/en.json";
import { renderMessage, type Translate } from "@/lib/i18n/message-ref";

// The sandbox stands in for ESA, which answers in English whoever asks. The shared schema's
// messages are references to the catalog (lib/i18n/message-ref.ts): the sandbox quotes them in
// English, as the service would word its own.

const english = createTranslator({ locale: "en", messages: en, timeZone: "UTC" });
const translate: Translate = (key, values) => (english as unknown as Translate)(key, values);

/** A message (reference or plain text) in English. */
export function inEnglish(text: string): string {
  return renderMessage(text, translate);
}
