import "server-only";

import { cache } from "react";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { EsaError } from "@/lib/esa/errors";
import { getApp, getVersion } from "@/lib/esa/operations";
import { meansAppMissing, meansVersionMissing } from "./not-found";

// The reads an app or version page makes, once per request: the layout that decides "not found"
// and the page that shows the answer share one call (React's cache() lasts one server render).

export const getAppOnce = cache(getApp);
export const getVersionOnce = cache(getVersion);

/**
 * Whether this render answers a document request (a browser load, curl, a crawler). Its HTTP
 * status goes out with the first bytes, so "not found" must be known before any loading skeleton
 * streams. Client-side navigations and prefetches instead fetch a React Server Components payload
 * (Next.js marks them with the `RSC` request header); nobody reads that status, and they keep
 * their instant skeleton.
 */
async function isDocumentRequest(): Promise<boolean> {
  return !(await headers()).has("rsc");
}

/** For a document request, answers 404 before anything streams when ESA has no such app. Other
 * failures are left to the page, which shows them (the rejected read is cached for it). */
export async function notFoundUnlessAppExists(appId: string): Promise<void> {
  if (!(await isDocumentRequest())) return;
  const [app] = await Promise.allSettled([getAppOnce(appId)]);
  if (app.status === "rejected" && isMissing(app.reason, meansAppMissing)) notFound();
}

/** The same for a version. The app is read alongside: the page needs its name. */
export async function notFoundUnlessVersionExists(appId: string, versionId: string): Promise<void> {
  if (!(await isDocumentRequest())) return;
  const [version] = await Promise.allSettled([getVersionOnce(appId, versionId), getAppOnce(appId)]);
  if (version.status === "rejected" && isMissing(version.reason, meansVersionMissing)) notFound();
}

const isMissing = (error: unknown, means: (code: string) => boolean) =>
  error instanceof EsaError && means(error.code);
