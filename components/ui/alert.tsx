import * as React from "react";
import { cva, type VariantProps } from "class-variance-authority";

import { cn } from "@/lib/utils";

const alertVariants = cva(
  [
    "relative grid w-full grid-cols-[0_1fr] items-start gap-y-0.5 rounded-lg border px-4 py-3 text-sm",
    "has-[>svg]:grid-cols-[calc(var(--spacing)*4)_1fr] has-[>svg]:gap-x-3 [&>svg]:size-4 [&>svg]:translate-y-0.5 [&>svg]:text-current",
  ],
  {
    variants: {
      variant: {
        default: "border-border bg-background text-foreground",
        destructive: "border-destructive/40 bg-destructive-background text-destructive",
        warning: "border-warning/40 bg-warning-background text-warning",
        success: "border-success bg-background text-success",
      },
    },
    defaultVariants: { variant: "default" },
  },
);

/**
 * role="alert" is a live region: it is announced when rendered or changed, so mount it when
 * the message appears rather than toggling its visibility with CSS.
 */
function Alert({ className, variant, ...props }: React.ComponentProps<"div"> & VariantProps<typeof alertVariants>) {
  return <div data-slot="alert" role="alert" className={cn(alertVariants({ variant }), className)} {...props} />;
}

const alertTitleClass = "col-start-2 min-h-4 font-medium tracking-tight";
const alertDescriptionClass = "col-start-2 grid justify-items-start gap-1 text-sm [&_p]:leading-relaxed";

function AlertTitle({ className, ...props }: React.ComponentProps<"div">) {
  return <div data-slot="alert-title" className={cn(alertTitleClass, className)} {...props} />;
}

function AlertDescription({ className, ...props }: React.ComponentProps<"div">) {
  return (
    <div
      data-slot="alert-description"
      className={cn(alertDescriptionClass, className)}
      {...props}
    />
  );
}

export { Alert, AlertTitle, AlertDescription, alertVariants, alertTitleClass, alertDescriptionClass };
