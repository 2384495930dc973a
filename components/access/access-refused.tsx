import Link from "next/link";
import { headers } from "next/headers";
import { ShieldX } from "lucide-react";

import { Button } from "@/components/ui/button";
import { appPageRefusal } from "@/lib/access/guard";
import { appHref, idsFromPath, PATH_HEADER } from "@/lib/browse/paths";

/**
 * The 403 page of an application's pages. forbidden.tsx receives no params, so the path
 * (proxy.ts passes it on) says which page was refused: the editor needs submitter, the rest
 * viewer. The sentence is the guard's own, from this request's check.
 */
export async function AccessRefused() {
  const { appId, versionId } = idsFromPath((await headers()).get(PATH_HEADER) ?? "");
  const creating = versionId === "new";
  const message = appId ? await appPageRefusal(appId, creating ? "submitter" : "viewer") : null;
  return (
    <main className="grid max-w-2xl gap-4" data-testid="access-refused">
      <ShieldX aria-hidden className="size-8 text-muted-foreground" />
      <h1 className="text-2xl font-semibold">
        {creating ? "You can’t create versions here" : "You don’t have access to this application"}
      </h1>
      <p>
        {message ??
          (creating
            ? "Creating versions needs submitter access to this application."
            : "Viewing an application needs viewer access to it.")}
      </p>
      <div className="flex flex-wrap gap-2">
        {creating && appId && (
          <Button asChild>
            <Link href={appHref(appId)}>Back to the application</Link>
          </Button>
        )}
        <Button asChild variant={creating ? "outline" : "default"}>
          <Link href="/apps">Your applications</Link>
        </Button>
      </div>
    </main>
  );
}
