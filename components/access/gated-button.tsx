"use client";

import { useId } from "react";

import { useRenderMessage } from "@/components/i18n/use-render-message";
import { Button, type ButtonProps } from "@/components/ui/button";

interface GatedButtonProps extends Omit<ButtonProps, "disabled"> {
  /** Why the person may not do it (from AppPermissions.refusals: a message reference, shown in
   * the reader's language; the page's ClientMessages must include "access"); absent when they may. */
  refusal?: string;
  disabled?: boolean;
}

/** A button, or, when the person's role is not enough, a disabled button that says why (as its
 * accessible description, tooltip and visible text). The server refuses it anyway. */
export function GatedButton({ refusal, disabled, children, ...props }: GatedButtonProps) {
  const reasonId = useId();
  const render = useRenderMessage();
  if (refusal === undefined)
    return (
      <Button disabled={disabled} {...props}>
        {children}
      </Button>
    );
  const reason = render(refusal);
  return (
    <span className="inline-grid gap-1">
      <Button {...props} type="button" disabled aria-describedby={reasonId} title={reason}>
        {children}
      </Button>
      <span id={reasonId} className="max-w-xs text-xs text-muted-foreground">
        {reason}
      </span>
    </span>
  );
}
