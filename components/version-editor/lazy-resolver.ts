import type { Resolver } from "react-hook-form";
import { lazyResolver as loadedOnFirstUse } from "@/components/forms/lazy-resolver";
import type { VersionForm } from "@/lib/version/schema";

// The schema (zod and every field rule) is about a third of the editor's JavaScript, and nothing
// on first paint needs it: a field is first judged when it loses focus. So the resolver loads it
// on first use, and the editor asks for it as soon as someone starts interacting (warmResolver).

const version = loadedOnFirstUse<VersionForm>(() => import("./form-resolver").then((m) => m.versionResolver));

/**
 * react-hook-form's resolver: loads the real one on first call (components/forms/lazy-resolver.ts:
 * if its code can't be loaded the values pass unjudged and the server action, which validates with
 * the same schema, reports any error on its field) and runs it after the next paint
 * (afterNextPaint).
 */
export const lazyResolver: Resolver<VersionForm> = async (values, context, options) => {
  await afterNextPaint();
  return version.resolver(values, context, options);
};

/**
 * Validation runs on blur and, once a field is touched, on every change: in the same task, or the
 * next one, it held back the paint of the click or keystroke that caused it. Waiting for the frame
 * to be painted (a task queued from requestAnimationFrame runs after the paint) lets the change
 * show first; the error shows a frame later. A hidden page paints no frames: the timeout then
 * starts it anyway.
 */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(fallback);
      setTimeout(resolve, 0);
    });
  });
}

/** Starts loading the schema without waiting for it; a failure here is retried, and handled, on use. */
export const warmResolver = version.warm;
