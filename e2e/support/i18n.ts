import { createTranslator } from "next-intl";

import en from "../../lib/i18n/messages/en.json";
import zhCN from "../../lib/i18n/messages/zh-CN.json";

// The main flows run in every language (playwright.config.ts, project "zh-CN"): specs find
// elements by the words of the active catalog, t("editor.actions.create"), not by English
// literals. A spec that runs only in English may keep its literals.

const CATALOGS: Record<string, typeof en> = { en, "zh-CN": zhCN };

export type T = (key: string, values?: Record<string, string | number>) => string;

/** The catalog locale a Playwright `locale` (en-US, zh-CN) is served in. */
export function catalogLocale(browserLocale: string | undefined): string {
  return browserLocale?.toLowerCase().startsWith("zh") ? "zh-CN" : "en";
}

export function translatorFor(browserLocale: string | undefined): T {
  const locale = catalogLocale(browserLocale);
  const t = createTranslator({ locale, messages: CATALOGS[locale]!, timeZone: "UTC" });
  return (key, values) => (t as unknown as T)(key, values);
}

/** A RegExp matching a message whose {values} may be anything: "Page {page} of {pages}". */
export function messagePattern(t: T, key: string, names: string[], flags = ""): RegExp {
  const marker = "\u0000";
  const values = Object.fromEntries(names.map((n) => [n, marker]));
  const text = t(key, values).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(text.split(marker).join(".+?"), flags);
}
