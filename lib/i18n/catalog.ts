import type en from "./messages/en.json";

/** The catalog's shape; English is the reference every other catalog matches key for key. */
export type Messages = typeof en;

/** The catalog of a locale. A dynamic import: the build bundles (and precompiles) every catalog
 * in lib/i18n/messages/, and a request loads only its own. */
export async function loadMessages(locale: string): Promise<Messages> {
  return (await import(`./messages/${locale}.json`)).default as Messages;
}

/** The namespaces a client subtree needs, and nothing more (lib/i18n/client-namespaces.ts). */
export function pickMessages(messages: Messages, namespaces: readonly (keyof Messages)[]) {
  const picked: Partial<Messages> = {};
  for (const ns of namespaces) (picked as Record<string, unknown>)[ns] = messages[ns];
  return picked;
}
