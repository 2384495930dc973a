import * as React from "react";

import { cn } from "@/lib/utils";

/**
 * The look shared by Input, Textarea and native selects. Width, vertical padding, height and text
 * size are left to each of them (`cn` does not merge classes, so a caller could not override them).
 */
const fieldClassName = cn(
  "min-w-0 rounded-md border border-input bg-background px-3 text-foreground shadow-xs transition-colors",
  "placeholder:text-muted-foreground",
  "focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-1 focus-visible:ring-offset-background focus-visible:outline-hidden",
  "disabled:cursor-not-allowed disabled:bg-muted disabled:opacity-50",
  "aria-invalid:border-destructive aria-invalid:focus-visible:ring-destructive",
);

/** A native `<select>` that matches Input's height; as wide as its options unless given a width. */
const selectClassName = cn(fieldClassName, "h-9 py-1 text-sm");

function Input({ className, type = "text", ...props }: React.ComponentProps<"input">) {
  return (
    <input
      type={type}
      data-slot="input"
      className={cn(
        fieldClassName,
        "h-9 w-full py-2 text-sm file:mr-3 file:border-0 file:bg-transparent file:text-sm file:font-medium file:text-foreground",
        className,
      )}
      {...props}
    />
  );
}

export { Input, fieldClassName, selectClassName };
