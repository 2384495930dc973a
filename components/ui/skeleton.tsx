import * as React from "react";
import { cva, type VariantProps } from "class-variance-authority";

import { cn } from "@/lib/utils";

// The corner radius is a variant, not a className override: `cn` does not merge classes.
const skeletonVariants = cva("animate-pulse bg-accent", {
  variants: {
    /** `card` stands in for a Card, with its rounder corners. */
    variant: { default: "rounded-md", card: "rounded-xl" },
  },
  defaultVariants: { variant: "default" },
});

/**
 * Decorative placeholder, hidden from assistive tech by default: announce loading on the
 * container instead (e.g. `aria-busy` plus visually hidden "Loading…" text).
 */
function Skeleton({ className, variant, ...props }: React.ComponentProps<"div"> & VariantProps<typeof skeletonVariants>) {
  return <div data-slot="skeleton" aria-hidden className={cn(skeletonVariants({ variant }), className)} {...props} />;
}

export { Skeleton };
