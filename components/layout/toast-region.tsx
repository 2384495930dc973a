import { getTranslations } from "next-intl/server";

import { LazyToaster } from "@/components/ui/lazy-toaster";

/**
 * Where toasts appear, on the pages that raise them and no others; Sonner itself loads after the
 * page (components/ui/lazy-toaster.tsx). A toast raised before a navigation survives it only if
 * this stays mounted across it, so it goes in the layout that spans both pages
 * (app/apps/[appId]/layout.tsx: created in the editor, shown on the version page; deleted on the
 * version page, shown on the app's page).
 */
export async function ToastRegion() {
  const t = await getTranslations("shell.toast");
  return <LazyToaster labels={{ notifications: t("notifications"), close: t("close") }} />;
}
