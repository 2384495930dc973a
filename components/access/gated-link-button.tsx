import Link from "next/link";
import { useId } from "react";

import { Button, type ButtonProps } from "@/components/ui/button";

interface GatedLinkButtonProps extends Pick<ButtonProps, "size" | "variant"> {
  href: string;
  /** Why the person may not follow it (from AppPermissions.refusals); absent when they may. */
  refusal?: string;
  /** Show the reason as text next to the button, not only as its description. */
  showReason?: boolean;
  children: React.ReactNode;
}

/** A link styled as a button, or, when the person's role is not enough, a disabled button that
 * says why (as its accessible description and tooltip, and as visible text when asked). */
export function GatedLinkButton({
  href,
  refusal,
  showReason = false,
  children,
  ...style
}: GatedLinkButtonProps) {
  const reasonId = useId();
  if (refusal === undefined) {
    return (
      <Button asChild {...style}>
        <Link href={href}>{children}</Link>
      </Button>
    );
  }
  return (
    <span className="inline-grid justify-items-end gap-1">
      <Button type="button" disabled aria-describedby={reasonId} title={refusal} {...style}>
        {children}
      </Button>
      <span
        id={reasonId}
        className={showReason ? "max-w-xs text-right text-xs text-muted-foreground" : "sr-only"}
      >
        {refusal}
      </span>
    </span>
  );
}
