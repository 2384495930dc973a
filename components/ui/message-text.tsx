"use client";

import { useRenderMessage } from "@/components/i18n/use-render-message";

/** A message reference (lib/i18n/message-ref.ts) in the page's language: the shared schema's
 * errors reach the browser as references. Its namespace must be in the page's ClientMessages. */
function MessageText({ text }: { text: string }) {
  const render = useRenderMessage();
  return render(text);
}

export { MessageText };
