import * as React from "react";

import { isMessageRef } from "@/lib/i18n/message-ref";
import { cn } from "@/lib/utils";

import { MessageText } from "./message-text";

/** Stacks a label, control, description and message with consistent spacing. */
function Field({ className, ...props }: React.ComponentProps<"div">) {
  return <div data-slot="field" className={cn("grid gap-2", className)} {...props} />;
}

/** Help text; give it an `id` and list that id in the control's `aria-describedby`. */
function FieldDescription({ className, ...props }: React.ComponentProps<"p"> & { id: string }) {
  return <p data-slot="field-description" className={cn("text-sm text-muted-foreground", className)} {...props} />;
}

/**
 * A field's error, linked from the control by `aria-describedby` (and flagged with `aria-invalid`).
 * Deliberately not a live region: the message is read with the field when focus lands on it,
 * and announcing every error as it appears would interrupt typing. Renders nothing when empty.
 * A message reference (a shared-schema error, lib/i18n/message-ref.ts) is put into words by a
 * small client component, so FieldMessage itself still renders on the server too.
 */
function FieldMessage({ className, children, ...props }: React.ComponentProps<"p"> & { id: string }) {
  if (children == null || children === false || children === "") return null;
  return (
    <p data-slot="field-message" className={cn("text-sm font-medium text-destructive", className)} {...props}>
      {isMessageRef(children) ? <MessageText text={children} /> : children}
    </p>
  );
}

export { Field, FieldDescription, FieldMessage };
