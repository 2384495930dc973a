import "server-only";

import { getTranslations } from "next-intl/server";

import { renderMessage, renderMessagesDeep, type Translate } from "./message-ref";

/** The request's unscoped translator, for lib code that renders message references. */
export async function serverTranslate(): Promise<Translate> {
  const t = await getTranslations();
  return (key, values) => (t as unknown as Translate)(key, values);
}

/** A message (reference or plain text) in the request's language. */
export async function renderForRequest(text: string): Promise<string> {
  return renderMessage(text, await serverTranslate());
}

/** A result whose references are put into words in the request's language. */
export async function localizeResult<T>(value: T): Promise<T> {
  return renderMessagesDeep(value, await serverTranslate());
}
