import Link from "next/link";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { ShieldX } from "lucide-react";

import { Button } from "@/components/ui/button";
import { appPageRefusal } from "@/lib/access/guard";
import { appHref, idsFromPath, PATH_HEADER } from "@/lib/browse/paths";
import { renderForRequest } from "@/lib/i18n/server-translate";

/**
 * The 403 page of an application's pages. forbidden.tsx receives no params, so the path
 * (proxy.ts passes it on) says which page was refused: the editor needs submitter, the rest
 * viewer. The sentence is the guard's own, from this request's check, in the reader's language.
 */
export async function AccessRefused() {
  const t = await getTranslations("access.refusedPage");
  const { appId, versionId } = idsFromPath((await headers()).get(PATH_HEADER) ?? "");
  const creating = versionId === "new";
  const refusal = appId ? await appPageRefusal(appId, creating ? "submitter" : "viewer") : null;
  const message = refusal ? await renderForRequest(refusal) : null;
  return (
    <main className="grid max-w-2xl gap-4" data-testid="access-refused">
      <ShieldX aria-hidden className="size-8 text-muted-foreground" />
      <h1 className="text-2xl font-semibold">{creating ? t("createTitle") : t("viewTitle")}</h1>
      <p>{message ?? (creating ? t("createNeeds") : t("viewNeeds"))}</p>
      <div className="flex flex-wrap gap-2">
        {creating && appId && (
          <Button asChild>
            <Link href={appHref(appId)}>{t("backToApp")}</Link>
          </Button>
        )}
        <Button asChild variant={creating ? "outline" : "default"}>
          <Link href="/apps">{t("yourApps")}</Link>
        </Button>
      </div>
    </main>
  );
}
