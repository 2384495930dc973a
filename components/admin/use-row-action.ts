"use client";

import { useTransition } from "react";
import { toast } from "sonner";

import { unreachable, type ActionAnswer } from "./apply-result";

/**
 * A table row's button action (disable, revoke, delete): runs it, says how it went in a toast,
 * and reports `pending` so the table's buttons wait for the answer.
 */
export function useRowAction() {
  const [pending, startTransition] = useTransition();
  const run = (action: () => Promise<ActionAnswer>, success: string) =>
    startTransition(async () => {
      const answer = await action().catch(() => unreachable);
      if (answer.ok) toast.success(success);
      else toast.error(answer.message);
    });
  return { pending, run };
}
