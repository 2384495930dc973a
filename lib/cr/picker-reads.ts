import "server-only";

import { z } from "zod";

import { msg } from "@/lib/i18n/message-ref";

import {
  getTag,
  listInstanceEndpoints,
  listInstanceRegions,
  listInstances,
  listNamespaces,
  listRepositories,
  listTags,
} from "./operations";
import { newestTagFor } from "./newest-tag";

// The registry picker's reads, one per level, from the query words the browser sends. Inputs are
// untrusted: each is bounded and shaped before it reaches a regional host.

const region = z.string().regex(/^[a-z]{2,}-[a-z0-9-]{1,40}$/, msg("registry.query.region"));
const ident = z.string().regex(/^[A-Za-z0-9._-]{1,128}$/, msg("registry.query.identifier"));
const name = z.string().trim().max(128);
const page = z.coerce.number().int().min(1).max(10_000).default(1);
const size = z.coerce.number().int().min(1).max(100).default(30);

const LEVELS = {
  regions: { schema: z.object({}), read: () => listInstanceRegions() },
  instances: {
    schema: z.object({ region, page }),
    read: (q: { region: string; page: number }) => listInstances(q.region, { pageNo: q.page }),
  },
  endpoints: {
    schema: z.object({ region, instance: ident }),
    read: (q: { region: string; instance: string }) => listInstanceEndpoints(q.region, q.instance),
  },
  namespaces: {
    schema: z.object({ region, instance: ident, page }),
    read: (q: { region: string; instance: string; page: number }) =>
      listNamespaces(q.region, q.instance, { pageNo: q.page, pageSize: 100 }),
  },
  repositories: {
    schema: z.object({ region, instance: ident, namespace: ident, q: name.default(""), page }),
    read: (q: { region: string; instance: string; namespace: string; q: string; page: number }) =>
      listRepositories(q.region, q.instance, { namespace: q.namespace, name: q.q || undefined, pageNo: q.page }),
  },
  tags: {
    schema: z.object({ region, instance: ident, repo: ident, page, size }),
    read: (q: { region: string; instance: string; repo: string; page: number; size: number }) =>
      listTags(q.region, q.instance, q.repo, { pageNo: q.page, pageSize: q.size }),
  },
  tag: {
    schema: z.object({ region, instance: ident, repo: ident, tag: ident }),
    read: (q: { region: string; instance: string; repo: string; tag: string }) =>
      getTag(q.region, q.instance, q.repo, q.tag),
  },
  newest: {
    schema: z.object({ region, instance: ident, repo: ident, tag: ident }),
    read: (q: { region: string; instance: string; repo: string; tag: string }) =>
      newestTagFor({ regionId: q.region, instanceId: q.instance, repoId: q.repo, tag: q.tag }),
  },
} as const;

export type PickerLevel = keyof typeof LEVELS;

export type PickerRead =
  | { ok: true; data: unknown }
  | { ok: false; code: "InvalidParameter"; message: string };

export function isPickerLevel(level: string): level is PickerLevel {
  return Object.hasOwn(LEVELS, level);
}

/** Runs one level's read; bad query words are refused before anything is sent. */
export async function readPickerLevel(level: PickerLevel, search: URLSearchParams): Promise<PickerRead> {
  const { schema, read } = LEVELS[level];
  const parsed = schema.safeParse(Object.fromEntries(search));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      code: "InvalidParameter",
      // The field is the query word as sent (region, repo); zod's own wording passes through.
      message: msg("registry.query.invalid", {
        field: issue?.path.join(".") || "query",
        problem: issue?.message ?? msg("registry.query.identifier"),
      }),
    };
  }
  return { ok: true, data: await (read as (q: unknown) => Promise<unknown>)(parsed.data) };
}
