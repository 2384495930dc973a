import type { Messages } from "./catalog";

/** What every page's client components may read: the header, toasts, the error boundary and the
 * words shared by every screen (common). (ui: components/ui's primitives; boundary: the error boundary.) The root layout sends these; pages add their own with
 * <ClientMessages namespaces={…}>. */
export const SHELL_NAMESPACES = ["shell", "common", "ui", "boundary"] as const satisfies readonly (keyof Messages)[];
