import type { Metadata } from "next";
import { AppsListView, type AppsResult } from "@/components/apps/apps-list-view";
import {
  APP_LIST_DEFAULTS,
  parseListState,
  toAppListOptions,
  type ListState,
} from "@/lib/browse/list-state";
import { EsaError } from "@/lib/esa/errors";
import { listApps } from "@/lib/esa/operations";

export const metadata: Metadata = { title: "Applications" };

/** Expected failures (ESA, network, credentials) become a value shown with its message and a
 * Retry; anything else goes to error.tsx, which in production only sees a generic message. */
async function loadApps(state: ListState): Promise<AppsResult> {
  try {
    return { ok: true, page: await listApps(toAppListOptions(state)) };
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
  const state = parseListState(await searchParams, APP_LIST_DEFAULTS);
  return <AppsListView state={state} defaults={APP_LIST_DEFAULTS} result={await loadApps(state)} />;
}
