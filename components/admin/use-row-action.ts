"use client";

import { useTransition } from "react";
import { toast } from "@/components/ui/toast";

import { useRenderMessage } from "@/components/i18n/use-render-message";

import { unreachable, type ActionAnswer } from "./apply-result";

/**
 * A table row's button action (disable, revoke, delete): runs it, says how it went in a toast,
 * and reports `pending` so the table's buttons wait for the answer.
 */
export function useRowAction() {
  const [pending, startTransition] = useTransition();
  const render = useRenderMessage();
  const run = (action: () => Promise<ActionAnswer>, success: string) =>
    startTransition(async () => {
      const answer = await action().catch(() => unreachable);
      if (answer.ok) toast.success(success);
      else toast.error(render(answer.message));
    });
  return { pending, run };
}
