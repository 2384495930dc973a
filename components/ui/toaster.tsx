"use client";

import * as React from "react";
import { Toaster as Sonner, type ToasterProps } from "sonner";

import { toasterListening } from "./toast";

// Sonner's stylesheet is unlayered, so Tailwind classes cannot override it; its CSS variables
// can. Its own light-theme success/error text colours fall below 4.5:1, hence our tokens.
const themeVariables = {
  "--normal-bg": "var(--color-background)",
  "--normal-text": "var(--color-foreground)",
  "--normal-border": "var(--color-border)",
  "--success-bg": "var(--color-success-background)",
  "--success-text": "var(--color-success)",
  "--success-border": "var(--color-success)",
  "--error-bg": "var(--color-destructive-background)",
  "--error-text": "var(--color-destructive)",
  "--error-border": "var(--color-destructive)",
  "--warning-bg": "var(--color-warning-background)",
  "--warning-text": "var(--color-warning)",
  "--warning-border": "var(--color-warning)",
  "--info-bg": "var(--color-background)",
  "--info-text": "var(--color-foreground)",
  "--info-border": "var(--color-border)",
} as React.CSSProperties;

export interface ToasterLabels {
  /** The toasts' region, for screen readers. */
  notifications: string;
  /** Each toast's close button. */
  close: string;
}

/** Its words come from the server (components/layout/toast-region.tsx): no messages on the client.
 * Loaded on demand by lazy-toaster.tsx; toasts raised through components/ui/toast.ts wait for it. */
function Toaster({ labels, style, ...props }: ToasterProps & { labels: ToasterLabels }) {
  // Runs after Sonner's own effect (children's effects first), which is when it starts listening.
  React.useEffect(() => toasterListening(), []);
  return (
    <Sonner
      theme="light"
      richColors
      closeButton
      className="toaster group"
      containerAriaLabel={labels.notifications}
      toastOptions={{ closeButtonAriaLabel: labels.close }}
      style={{ ...themeVariables, ...style }}
      {...props}
    />
  );
}

export { Toaster };
