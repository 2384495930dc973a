import "server-only";

import { loadMessages } from "./catalog";
import { LOCALES } from "./locales";

/** Every language with its own name, for the language switch (read on the server only: the
 * browser receives the active locale's catalog and nothing of the others). */
export async function languageOptions(): Promise<{ locale: string; name: string }[]> {
  return Promise.all(
    LOCALES.map(async (locale) => ({ locale, name: (await loadMessages(locale)).meta.languageName })),
  );
}
