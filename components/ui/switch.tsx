import * as React from "react";

import { cn } from "@/lib/utils";

type SwitchProps = Omit<React.ComponentProps<"input">, "type" | "role"> & {
  onCheckedChange?: (checked: boolean) => void;
};

/**
 * An on/off switch: a native checkbox exposed as role="switch", so it works uncontrolled (a form
 * library can register it), submits with its form, toggles with Space and needs no script of its
 * own. The track is the input (appearance: none); the thumb is a sibling moved by peer-checked.
 * h-6 keeps the target at the 24px WCAG 2.5.8 minimum.
 */
function Switch({ className, onChange, onCheckedChange, ...props }: SwitchProps) {
  return (
    <span data-slot="switch" className={cn("relative inline-flex h-6 w-11 shrink-0", className)}>
      <input
        type="checkbox"
        role="switch"
        onChange={(event) => {
          onChange?.(event);
          onCheckedChange?.(event.currentTarget.checked);
        }}
        className={cn(
          "peer size-full cursor-pointer appearance-none rounded-full border-2 border-transparent bg-control transition-colors checked:bg-primary",
          "focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-background focus-visible:outline-hidden",
          "disabled:cursor-not-allowed disabled:opacity-50",
          "aria-invalid:ring-2 aria-invalid:ring-destructive aria-invalid:ring-offset-1",
        )}
        {...props}
      />
      <span
        aria-hidden
        data-slot="switch-thumb"
        className="pointer-events-none absolute top-0.5 left-0.5 block size-5 rounded-full bg-background shadow-sm transition-transform peer-checked:translate-x-5"
      />
    </span>
  );
}

export { Switch };
