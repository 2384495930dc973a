"use client";

import { useState } from "react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";

/**
 * React Query for the pages that use it (an app's pages: versions list, version detail, release,
 * the editor's registry picker), not for every page: its code is ~10 KB of first-load JavaScript
 * that the other pages would carry for nothing. Mounted by app/apps/[appId]/layout.tsx, so the
 * cache lives while the person moves between one app's pages.
 */
export function QueryProvider({ children }: { children: React.ReactNode }) {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { staleTime: 10_000, retry: 1 } } }));
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
