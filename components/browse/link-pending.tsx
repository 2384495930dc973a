"use client";

import { useLinkStatus } from "next/link";
import { Loader2 } from "lucide-react";

// Opening the editor has no loading skeleton (a direct load renders the editor in the first
// response, see the README's Performance section), so the link itself shows that the navigation
// is under way: its icon turns into a spinner until the editor arrives.

/** Inside a next/link Link: `icon`, or a spinner while the navigation it started is pending. */
export function LinkPendingIcon({ icon, label }: { icon: React.ReactNode; label: string }) {
  const { pending } = useLinkStatus();
  if (!pending) return icon;
  return (
    <>
      <Loader2 aria-hidden className="animate-spin" />
      <span role="status" className="sr-only">
        {label}
      </span>
    </>
  );
}
