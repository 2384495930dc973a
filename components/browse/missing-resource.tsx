import Link from "next/link";
import { headers } from "next/headers";
import { FileQuestion } from "lucide-react";
import { Button } from "@/components/ui/button";
import { appHref, idsFromPath, PATH_HEADER } from "@/lib/browse/paths";

/**
 * The not-found state for an application or a version. not-found.tsx receives no params, so the
 * IDs are read from the requested path (proxy.ts passes it on) to say exactly what was not found.
 * A server component: as a client one (useParams) it put ~2.6 KiB of JavaScript, mostly a copy
 * of Button, into the first load of every route under an application, the editor included.
 */
export async function MissingResource({ kind: given }: { kind?: "app" | "version" }) {
  const { appId, versionId } = idsFromPath((await headers()).get(PATH_HEADER) ?? "");
  // Without a kind, the path decides: a version page's missing version can surface at the
  // application's boundary (see app/apps/[appId]/not-found.tsx).
  const kind = given ?? (versionId === undefined ? "app" : "version");
  return (
    <main className="grid max-w-2xl gap-4" data-testid="not-found">
      <FileQuestion aria-hidden className="size-8 text-muted-foreground" />
      <h1 className="text-2xl font-semibold">
        {kind === "app" ? "Application not found" : "Version not found"}
      </h1>
      {kind === "app" ? (
        <p>
          ESA has no application with the ID{" "}
          <code className="font-mono break-all">{appId ?? "given"}</code>. Check the ID, or that
          this server talks to the site (China or international) where the application lives. Pick
          the application from the list instead.
        </p>
      ) : (
        <p>
          There is no version <code className="font-mono break-all">{versionId ?? ""}</code> in
          application <code className="font-mono break-all">{appId ?? ""}</code>. It may belong to
          another application, or the ID may be mistyped. Choose it from the application&apos;s
          version list.
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        {kind === "version" && appId && (
          <Button asChild>
            <Link href={appHref(appId)}>Back to the application</Link>
          </Button>
        )}
        <Button asChild variant={kind === "version" ? "outline" : "default"}>
          <Link href="/apps">All applications</Link>
        </Button>
      </div>
    </main>
  );
}
