import "server-only";

import type { AppRef } from "@/lib/access/app-pattern";
import { listApps } from "@/lib/esa/operations";

/**
 * The apps ESA knows, for deciding which app-pattern templates someone is one of the team of.
 * When ESA cannot be read, none: app-pattern templates are then refused (never wrongly allowed)
 * and the person is told by the refusal.
 */
export async function listAppRefs(): Promise<AppRef[]> {
  try {
    const page = await listApps({ pageSize: 500, orderKey: "Name", orderType: "ASC" });
    return page.items.map((app) => ({ id: app.appId, name: app.name }));
  } catch {
    return [];
  }
}
