import { createTranslator } from "next-intl";

import en from "@/lib/i18n/messages/en.json";
import zhCN from "@/lib/i18n/messages/zh-CN.json";
import { renderMessage, renderMessagesDeep, type Translate } from "@/lib/i18n/message-ref";

// Unit tests read messages the way a person does: a message reference rendered with a catalog.

const CATALOGS = { en, "zh-CN": zhCN } as const;
export type TestLocale = keyof typeof CATALOGS;

export function translatorFor(locale: TestLocale): Translate {
  const t = createTranslator({ locale, messages: CATALOGS[locale], timeZone: "UTC" });
  return (key, values) => (t as unknown as Translate)(key, values);
}

const english = translatorFor("en");

/** A message (reference or plain text) in English, as the English UI shows it. */
export function inEnglish(text: string): string {
  return renderMessage(text, english);
}

/** A result (message, fieldErrors, …) with every reference rendered in English. */
export function allInEnglish<T>(value: T): T {
  return renderMessagesDeep(value, english);
}

export function inLocale(locale: TestLocale, text: string): string {
  return renderMessage(text, translatorFor(locale));
}
