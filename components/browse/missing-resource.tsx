import Link from "next/link";
import { headers } from "next/headers";
import { FileQuestion } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { appHref, idsFromPath, PATH_HEADER } from "@/lib/browse/paths";

const code = (chunks: React.ReactNode) => <code className="font-mono break-all">{chunks}</code>;

/**
 * The not-found state for an application or a version. not-found.tsx receives no params, so the
 * IDs are read from the requested path (proxy.ts passes it on) to say exactly what was not found.
 * A server component: as a client one (useParams) it put ~2.6 KiB of JavaScript, mostly a copy
 * of Button, into the first load of every route under an application, the editor included.
 */
export async function MissingResource({ kind: given }: { kind?: "app" | "version" }) {
  const [requestHeaders, t] = await Promise.all([headers(), getTranslations("browse.missing")]);
  const { appId, versionId } = idsFromPath(requestHeaders.get(PATH_HEADER) ?? "");
  // Without a kind, the path decides: a version page's missing version can surface at the
  // application's boundary (see app/apps/[appId]/not-found.tsx).
  const kind = given ?? (versionId === undefined ? "app" : "version");
  return (
    <main className="grid max-w-2xl gap-4" data-testid="not-found">
      <FileQuestion aria-hidden className="size-8 text-muted-foreground" />
      <h1 className="text-2xl font-semibold">
        {kind === "app" ? t("appTitle") : t("versionTitle")}
      </h1>
      <p>
        {kind === "version"
          ? t.rich("versionBody", { versionId: versionId ?? "", appId: appId ?? "", code })
          : appId
            ? t.rich("appBody", { appId, code })
            : t("appBodyNoId")}
      </p>
      <div className="flex flex-wrap gap-2">
        {kind === "version" && appId && (
          <Button asChild>
            <Link href={appHref(appId)}>{t("backToApp")}</Link>
          </Button>
        )}
        <Button asChild variant={kind === "version" ? "outline" : "default"}>
          <Link href="/apps">{t("allApps")}</Link>
        </Button>
      </div>
    </main>
  );
}
