"use client";

import { useMemo } from "react";
import { NextIntlClientProvider, useLocale, useMessages } from "next-intl";

import type { Messages } from "@/lib/i18n/catalog";

/**
 * The page's client messages plus `messages`: for release components that other pages render
 * (the version page, /admin), so they bring their own namespaces without narrowing the page's.
 * A nested provider replaces its parent's messages; this one keeps them.
 */
export function AddedMessages({
  messages,
  children,
}: {
  messages: Partial<Messages>;
  children: React.ReactNode;
}) {
  const locale = useLocale();
  const inherited = useMessages();
  const merged = useMemo(() => ({ ...inherited, ...messages }), [inherited, messages]);
  return (
    <NextIntlClientProvider locale={locale} messages={merged}>
      {children}
    </NextIntlClientProvider>
  );
}
