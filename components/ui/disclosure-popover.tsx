"use client";

import { useEffect, useId, useRef, useState } from "react";

interface DisclosurePopoverProps {
  /** The button's accessible name. */
  label: string;
  /** What the button shows (rendered on the server: icons cost no client code). */
  trigger: React.ReactNode;
  /** The panel; it follows the button in the DOM, so Tab goes from the button into it. */
  children: React.ReactNode;
  triggerClassName?: string;
  panelClassName?: string;
}

/**
 * A button that shows and hides a panel below it (the WAI-ARIA disclosure pattern): aria-expanded
 * and aria-controls on the button; Escape closes and puts focus back on the button; a click
 * outside, or focus moving outside, closes. A few hundred bytes where Radix's DropdownMenu (with
 * its popper, focus scope and scroll lock) was ~25 KB on every page.
 */
export function DisclosurePopover({ label, trigger, children, triggerClassName, panelClassName }: DisclosurePopoverProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener("pointerdown", onPointerDown);
    document.addEventListener("keydown", onKeyDown);
    return () => {
      document.removeEventListener("pointerdown", onPointerDown);
      document.removeEventListener("keydown", onKeyDown);
    };
  }, [open]);
  return (
    <div
      ref={root}
      className="relative"
      onBlur={(event) => {
        // Focus went elsewhere on the page (Tab past the panel); a click on the panel's text
        // leaves no related target and keeps it open.
        const next = event.relatedTarget;
        if (next && !root.current?.contains(next)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        aria-label={label}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((was) => !was)}
        className={triggerClassName}
      >
        {trigger}
      </button>
      <div
        id={panelId}
        role="group"
        aria-label={label}
        hidden={!open}
        className={`absolute right-0 top-full z-50 mt-1 ${panelClassName ?? ""}`}
      >
        {children}
      </div>
    </div>
  );
}
