import Link from "next/link";
import { useId } from "react";
import { useTranslations } from "next-intl";

import { Button, type ButtonProps } from "@/components/ui/button";
import { renderMessage, type Translate } from "@/lib/i18n/message-ref";

interface GatedLinkButtonProps extends Pick<ButtonProps, "size" | "variant"> {
  href: string;
  /** Why the person may not follow it (from AppPermissions.refusals: a message reference, shown
   * in the reader's language; under a client component the page's ClientMessages must include
   * "access"); absent when they may. */
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
  // useTranslations works in server and client components alike (this one is used by both).
  const t = useTranslations() as unknown as Translate;
  if (refusal === undefined) {
    return (
      <Button asChild {...style}>
        <Link href={href}>{children}</Link>
      </Button>
    );
  }
  const reason = renderMessage(refusal, t);
  return (
    <span className="inline-grid justify-items-end gap-1">
      <Button type="button" disabled aria-describedby={reasonId} title={reason} {...style}>
        {children}
      </Button>
      <span
        id={reasonId}
        className={showReason ? "max-w-xs text-right text-xs text-muted-foreground" : "sr-only"}
      >
        {reason}
      </span>
    </span>
  );
}
