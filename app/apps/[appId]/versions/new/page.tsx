import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { VersionEditor } from "@/components/version-editor/version-editor";
import { recordAppEvent, requireAppPage, type AppActor } from "@/lib/access/guard";
import { roleAllows } from "@/lib/access/roles";
import { listApps } from "@/lib/esa/operations";
import { applyRetag } from "@/lib/version/acr-pick";
import { emptyVersionForm } from "@/lib/version/defaults";
import { renderForRequest } from "@/lib/i18n/server-translate";
import { hasSecretValues } from "@/lib/version/mask-secrets";
import {
  createVersionAction,
  createVersionFromBaseAction,
  validateVersionAction,
  validateVersionFromBaseAction,
} from "./actions";
import { loadBaseVersion } from "./load-base";
import {
  discardServerDraftAction,
  editorTemplatesAction,
  keepDraftCopyAction,
  loadServerDraftAction,
  saveServerDraftAction,
} from "./library-actions";
import { createTemplateAction } from "@/app/templates/actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("editor.page");
  return { title: t("metaTitle") };
}

/** What the editor's client components read: its own words, the shared schema's messages, the
 * submit results, and the template and registry pickers it renders. */
const EDITOR_NAMESPACES = ["editor", "diff", "validation", "submit", "library", "registry"] as const;

/** The apps this person may create versions in: the switcher offers no app the server refuses. */
async function appChoices(actor: AppActor) {
  try {
    const page = await listApps({ pageSize: 500, orderKey: "Name", orderType: "ASC" });
    return page.items
      .filter((a) => roleAllows(actor.access.roleOn({ id: a.appId, name: a.name }), "submitter"))
      .map((a) => ({ appId: a.appId, name: a.name }));
  } catch {
    return []; // the switcher then offers the route's app only; submitting reports the real error
  }
}

type PageProps = {
  params: Promise<{ appId: string }>;
  searchParams: Promise<{
    from?: string | string[];
    retag?: string | string[];
    copy?: string | string[];
  }>;
};

/** ?copy=N opens copy N of this start's draft (from My drafts); anything else, the draft itself. */
function draftCopyParam(value: string | string[] | undefined): number {
  return typeof value === "string" && /^[1-9][0-9]{0,3}$/.test(value) ? Number(value) : 0;
}

const library = {
  listTemplates: editorTemplatesAction,
  saveTemplate: createTemplateAction,
  loadDraft: loadServerDraftAction,
  saveDraft: saveServerDraftAction,
  keepCopy: keepDraftCopyAction,
  discardDraft: discardServerDraftAction,
};

export default async function NewVersionPage({ params, searchParams }: PageProps) {
  const { appId } = await params;
  const actor = await requireAppPage(appId, "submitter");
  const { from, retag, copy } = await searchParams;
  const fromId = typeof from === "string" && from !== "" ? from : undefined;
  const [apps, loaded] = await Promise.all([
    appChoices(actor),
    fromId ? loadBaseVersion(appId, fromId) : null,
  ]);
  const app = apps.find((a) => a.appId === appId);
  const base = loaded && "base" in loaded ? loaded.base : null;
  const baseError = loaded && "error" in loaded ? await renderForRequest(loaded.error) : null;
  const t = await getTranslations("editor.page");
  // The prefill hands the base's real values to the browser: that is a reveal, and audited.
  if (base && fromId && hasSecretValues(base.values)) {
    await recordAppEvent(actor, {
      action: "version.reveal-secrets",
      target: fromId,
      payload: { via: "new version from this" },
    });
  }
  return (
    <main className="grid gap-6">
      <div>
        <p className="text-sm text-muted-foreground">
          <Link href="/apps" className="underline">
            {t("breadcrumbApps")}
          </Link>{" "}
          /{" "}
          <Link href={`/apps/${encodeURIComponent(appId)}`} className="underline">
            {app?.name ?? appId}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">
          {base ? t("titleFromBase", { label: base.label }) : t("title")}
        </h1>
      </div>
      {baseError !== null && (
        <Alert variant="destructive">
          <AlertTitle>{t("baseFailedTitle", { versionId: fromId ?? "" })}</AlertTitle>
          <AlertDescription>{t("baseFailedBody", { error: baseError })}</AlertDescription>
        </Alert>
      )}
      <ClientMessages namespaces={EDITOR_NAMESPACES}>
        <VersionEditor
          apps={apps}
          // A version page's "newer tag" offer moves one container to that tag; nothing else changes.
          initialValues={base ? applyRetag(base.suggested, retag) : emptyVersionForm(appId)}
          base={base && fromId ? { versionId: fromId, values: base.values, label: base.label } : null}
          createAction={
            base && fromId ? createVersionFromBaseAction.bind(null, fromId) : createVersionAction
          }
          validateAction={
            base && fromId ? validateVersionFromBaseAction.bind(null, fromId) : validateVersionAction
          }
          library={library}
          draftCopy={draftCopyParam(copy)}
        />
      </ClientMessages>
    </main>
  );
}
