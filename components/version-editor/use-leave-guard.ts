"use client";

import { useEffect } from "react";

/**
 * Asks before an in-app link (the header, a breadcrumb) leaves the editor while there is work that
 * has not been created. beforeunload covers reloads and other sites; client-side navigations never
 * fire it. Listening on the document in the capture phase runs before Next.js' Link handler, and
 * stopping the click there keeps the router from ever seeing it.
 */
export function useLeaveGuard(hasUnsaved: () => boolean, describe: () => string) {
  useEffect(() => {
    const onClick = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const link = e.target instanceof Element ? e.target.closest("a[href]") : null;
      if (!(link instanceof HTMLAnchorElement) || link.target === "_blank" || link.hasAttribute("download")) return;
      const url = new URL(link.href, window.location.href);
      if (url.origin !== window.location.origin) return; // another site: beforeunload asks
      if (url.pathname === window.location.pathname && url.search === window.location.search) return;
      if (!hasUnsaved()) return;
      if (window.confirm(describe())) return;
      e.preventDefault();
      e.stopPropagation();
    };
    document.addEventListener("click", onClick, true);
    return () => document.removeEventListener("click", onClick, true);
  }, [hasUnsaved, describe]);
}
