import "server-only";

import { listApps } from "./operations";

// Every app of the account as {id, name}, for decisions that need them all at once: which apps
// a grant pattern matches, which apps' audit entries a person may see. ListEdgeContainerApps
// pages at most 500 (esa-api-facts.md); the walk stops at MAX_PAGES so a huge account cannot
// hold a request for long.

const PAGE_SIZE = 500;
const MAX_PAGES = 20;

export interface AppCatalogEntry {
  id: string;
  name: string;
}

export async function listEveryApp(): Promise<AppCatalogEntry[]> {
  const apps: AppCatalogEntry[] = [];
  for (let pageNumber = 1; pageNumber <= MAX_PAGES; pageNumber += 1) {
    const page = await listApps({ pageNumber, pageSize: PAGE_SIZE, orderKey: "Name", orderType: "ASC" });
    apps.push(...page.items.map((app) => ({ id: app.appId, name: app.name })));
    if (page.items.length < PAGE_SIZE || pageNumber * PAGE_SIZE >= page.totalCount) break;
  }
  return apps;
}
