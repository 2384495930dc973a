// use-intl/core (next-intl's own core): no React, so it also loads outside Next (the sandbox in
// benchmark and test children run with --conditions=react-server, where next-intl's entry needs React).
import { createTranslator } from "use-intl/core";

import { loadMessages } from "./catalog";
import type { Translate } from "./message-ref";

/** A translator outside next-intl's request scope (proxy.ts answers before any page renders). */
export async function translatorForLocale(locale: string): Promise<Translate> {
  const t = createTranslator({ locale, messages: await loadMessages(locale) });
  return (key, values) => (t as unknown as Translate)(key, values);
}
