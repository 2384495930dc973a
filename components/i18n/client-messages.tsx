import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

import { pickMessages, type Messages } from "@/lib/i18n/catalog";
import { SHELL_NAMESPACES } from "@/lib/i18n/namespaces";

/**
 * The messages a client subtree uses, and only those: the active locale's catalog, narrowed to
 * the shell's namespaces plus `namespaces`. Server components translate on the server and send
 * no messages at all; wrap a page's client components in this with the namespaces they read.
 */
export async function ClientMessages({
  namespaces,
  children,
}: {
  namespaces: readonly (keyof Messages)[];
  children: React.ReactNode;
}) {
  const messages = (await getMessages()) as Messages;
  return (
    <NextIntlClientProvider messages={pickMessages(messages, [...SHELL_NAMESPACES, ...namespaces])}>
      {children}
    </NextIntlClientProvider>
  );
}
