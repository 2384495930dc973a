import { getTranslations } from "next-intl/server";

import { Toaster } from "@/components/ui/toaster";

/**
 * Where toasts appear, on the pages that raise them and no others: Sonner is ~17 KB of first-load
 * JavaScript. A toast raised before a navigation survives it only if this stays mounted across
 * it, so it goes in the layout that spans both pages (app/apps/[appId]/layout.tsx: created in
 * the editor, shown on the version page; deleted on the version page, shown on the app's page).
 */
export async function ToastRegion() {
  const t = await getTranslations("shell.toast");
  return <Toaster position="bottom-right" labels={{ notifications: t("notifications"), close: t("close") }} />;
}
