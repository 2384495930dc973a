import "server-only";

import { getDb } from "@/lib/db/handle";

import { getAuth } from "./instance";
import { readSession, type PortalSession } from "./session";

/** The signed-in person of the current request (pass `await headers()`), or null. */
export async function getSession(headers: Headers): Promise<PortalSession | null> {
  return readSession(await getAuth(), await getDb(), headers);
}
