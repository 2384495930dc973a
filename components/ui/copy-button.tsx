"use client";

import * as React from "react";
import { Check, Copy } from "lucide-react";
import { useTranslations } from "next-intl";

import { cn } from "@/lib/utils";
import { Button, type ButtonProps } from "@/components/ui/button";

const RESET_AFTER_MS = 2000;

type CopyState = "idle" | "copied" | "failed";

/** The async Clipboard API only exists in secure contexts (https, localhost) and can be denied. */
async function writeToClipboard(value: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(value);
      return true;
    }
  } catch {
    // Permission denied or document not focused: try the legacy path below.
  }
  const textarea = document.createElement("textarea");
  textarea.value = value;
  textarea.setAttribute("readonly", "");
  textarea.setAttribute("aria-hidden", "true");
  textarea.style.position = "fixed";
  textarea.style.opacity = "0";
  textarea.style.pointerEvents = "none";
  document.body.appendChild(textarea);
  textarea.select();
  try {
    return document.execCommand("copy");
  } catch {
    return false;
  } finally {
    textarea.remove();
  }
}

type CopyButtonProps = Omit<ButtonProps, "value" | "children" | "asChild"> & {
  /** The text put on the clipboard. */
  value: string;
  /** Accessible name, e.g. "Copy CLI command". Start it with the visible word (ui.copy.copy, "Copy"
   * or "复制") so it contains the visible text. */
  label: string;
};

function CopyButton({ value, label, className, variant = "outline", size = "sm", onClick, ...props }: CopyButtonProps) {
  const t = useTranslations("ui.copy");
  const [state, setState] = React.useState<CopyState>("idle");
  const timer = React.useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  React.useEffect(() => () => clearTimeout(timer.current), []);

  async function handleClick(event: React.MouseEvent<HTMLButtonElement>) {
    onClick?.(event);
    if (event.defaultPrevented) return;
    const ok = await writeToClipboard(value);
    setState(ok ? "copied" : "failed");
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setState("idle"), RESET_AFTER_MS);
  }

  return (
    <>
      <Button
        type="button"
        variant={variant}
        size={size}
        aria-label={state === "copied" ? t("copiedLabel", { label }) : label}
        data-state={state}
        // A data-state variant, not a conditional plain class: the button variant's own text colour
        // stays on the element, and the attribute selector outranks it while the state is "copied".
        className={cn("data-[state=copied]:text-success data-[state=copied]:hover:text-success", className)}
        onClick={handleClick}
        {...props}
      >
        {state === "copied" ? <Check aria-hidden /> : <Copy aria-hidden />}
        {size !== "icon" && <span>{state === "copied" ? t("copied") : t("copy")}</span>}
      </Button>
      <span role="status" className="sr-only">
        {state === "copied" ? t("copiedStatus") : state === "failed" ? t("failedStatus") : ""}
      </span>
    </>
  );
}

export { CopyButton, type CopyButtonProps };
