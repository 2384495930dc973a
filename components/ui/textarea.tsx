import * as React from "react";
import { cva, type VariantProps } from "class-variance-authority";

import { cn } from "@/lib/utils";
import { fieldClassName } from "@/components/ui/input";

// Text size is a variant, not a className override: `cn` does not merge classes.
const textareaVariants = cva([fieldClassName, "min-h-16 w-full py-2 field-sizing-content"], {
  variants: { size: { default: "text-sm", sm: "text-xs" } },
  defaultVariants: { size: "default" },
});

function Textarea({ className, size, ...props }: React.ComponentProps<"textarea"> & VariantProps<typeof textareaVariants>) {
  return <textarea data-slot="textarea" className={cn(textareaVariants({ size }), className)} {...props} />;
}

export { Textarea };
