import * as React from "react";

import { cn } from "@/lib/utils";

/**
 * Decorative placeholder, hidden from assistive tech by default: announce loading on the
 * container instead (e.g. `aria-busy` plus visually hidden "Loading…" text).
 */
function Skeleton({ className, ...props }: React.ComponentProps<"div">) {
  return <div data-slot="skeleton" aria-hidden className={cn("animate-pulse rounded-md bg-accent", className)} {...props} />;
}

export { Skeleton };
