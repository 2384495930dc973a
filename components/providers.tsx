"use client";

import { useState } from "react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { lazyClient } from "@/components/lazy-client";

// Loaded after hydration: sonner (~14 KB gzip) is no page's first-load JavaScript (ui/notify.ts).
const Toaster = lazyClient(() => import("@/components/ui/toaster").then((m) => m.Toaster));

export function Providers({ children }: { children: React.ReactNode }) {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { staleTime: 10_000, retry: 1 } } }));
  return (
    <QueryClientProvider client={client}>
      {children}
      <Toaster position="bottom-right" />
    </QueryClientProvider>
  );
}
