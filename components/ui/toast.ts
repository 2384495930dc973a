import type { ExternalToast } from "sonner";

// Toasts without Sonner in the first-load JavaScript (~10 KiB gzip of every page that raises one).
// `toast` here has the shape of Sonner's, but loads Sonner on the first toast (components/ui/lazy-toaster.tsx)
// and shows the toast once a Toaster is listening: a toast
// raised before that would otherwise be lost, since Sonner's Toaster only hears toasts raised
// after it has mounted.

type Sonner = typeof import("sonner").toast;
type Message = Parameters<Sonner>[0];

let sonner: Promise<Sonner> | null = null;
let toasters = 0;
let waiting: (() => void)[] = [];
const wantListeners = new Set<() => void>();

/** A toaster host (lazy-toaster.tsx) asks to be told when a toast wants showing. */
export function onToasterWanted(listener: () => void): () => void {
  wantListeners.add(listener);
  return () => wantListeners.delete(listener);
}

/** Called by the loaded Toaster once Sonner listens (after its own effects ran); undo on unmount. */
export function toasterListening(): () => void {
  toasters += 1;
  const ready = waiting;
  waiting = [];
  ready.forEach((resolve) => resolve());
  return () => {
    toasters -= 1;
  };
}

function listening(): Promise<void> {
  if (toasters > 0) return Promise.resolve();
  wantListeners.forEach((listener) => listener());
  return new Promise((resolve) => waiting.push(resolve));
}

function show(raise: (toast: Sonner) => unknown): void {
  sonner ??= import("sonner").then(
    (m) => m.toast,
    (error: unknown) => {
      sonner = null; // a failed chunk load (a redeploy, the network) is retried by the next toast
      throw error;
    },
  );
  Promise.all([sonner, listening()]).then(
    ([toast]) => raise(toast),
    () => undefined, // Sonner could not be loaded: the page itself still shows the outcome
  );
}

export const toast = Object.assign((message: Message, data?: ExternalToast) => show((t) => t(message, data)), {
  success: (message: Message, data?: ExternalToast) => show((t) => t.success(message, data)),
  error: (message: Message, data?: ExternalToast) => show((t) => t.error(message, data)),
  warning: (message: Message, data?: ExternalToast) => show((t) => t.warning(message, data)),
});
