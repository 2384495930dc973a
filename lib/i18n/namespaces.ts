import type { Messages } from "./catalog";

/** What every page's client components may read: the words shared by every screen (common) and
 * components/ui's primitives (ui). Pages send them with their own namespaces through
 * <ClientMessages namespaces={…}>. The root layout sends no messages: the header, the toaster and
 * the error boundary get their words from the server as props. */
export const SHELL_NAMESPACES = ["common", "ui"] as const satisfies readonly (keyof Messages)[];
