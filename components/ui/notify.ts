import type { ExternalToast } from "sonner";

// Toasts without sonner in any page's first-load JavaScript: sonner's module (and the Toaster,
// mounted lazily by Providers) loads after hydration, and a toast asked for sooner waits for it.
// Sonner replays toasts created before its Toaster subscribed, so none is lost.

const loadSonner = () => import("sonner");

export function notify(message: string, options?: ExternalToast): void {
  void loadSonner().then(({ toast }) => toast(message, options));
}

export function notifySuccess(message: string): void {
  void loadSonner().then(({ toast }) => toast.success(message));
}
