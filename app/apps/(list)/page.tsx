import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AppsListView, type AppsResult } from "@/components/apps/apps-list-view";
import { canViewApp, createRefusalsFor, seesAllApps } from "@/lib/access/app-visibility";
import { requirePageActor, type Actor } from "@/lib/access/guard";
import { APP_LIST_DEFAULTS, type ListState } from "@/lib/browse/list-state";
import { parseListState } from "@/lib/browse/list-state-parse";
import { loadVisibleApps } from "@/lib/browse/load-visible-apps";
import { EsaError } from "@/lib/esa/errors";
import { localizeResult } from "@/lib/i18n/server-translate";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("apps");
  return { title: t("title") };
}

/** Only the apps this person may view. Expected failures (ESA, network, credentials) become a
 * value shown with its message and a Retry; anything else goes to error.tsx, which in production
 * only sees a generic message. */
async function loadApps(actor: Actor, state: ListState): Promise<AppsResult> {
  const { access } = actor;
  try {
    const page = await loadVisibleApps(
      state,
      (app) => canViewApp(access, app),
      seesAllApps(access),
    );
    // Refusals may be message references (lib/access): the table shows them as they are.
    const createRefusals = await localizeResult(createRefusalsFor(access, page.items));
    return { ok: true, page, createRefusals };
  } catch (error) {
    if (error instanceof EsaError) return { ok: false, error: error.toPublic() };
    throw error;
  }
}

export default async function AppsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageActor();
  const state = parseListState(await searchParams, APP_LIST_DEFAULTS);
  return (
    <AppsListView
      state={state}
      defaults={APP_LIST_DEFAULTS}
      result={await loadApps(actor, state)}
    />
  );
}
