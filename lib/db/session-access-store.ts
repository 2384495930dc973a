import "server-only";

import { sql } from "drizzle-orm";

import { DEFAULT_GRANT_SETTING } from "./access-store";
import { rowsOf } from "./rows";
import type { Db } from "./types";

// The guard's one read per request: the session row by its token, its user, the person's OIDC
// groups, whether they sign in with `oidcProviderId`, their grants (to them or to any of their
// groups) and the default-grant setting, in ONE statement. It replaced ten sequential queries
// (better-auth's session and user twice, accounts, groups twice, standing, grants, setting):
// every value is still read from the database on every request, only in one round trip.

export interface SessionAccessRow {
  sessionId: string;
  userId: string;
  expiresAt: Date;
  name: string;
  email: string;
  role: string;
  disabled: boolean;
  groups: string[];
  signsInWithOidc: boolean;
  grants: { subjectKind: "user" | "group"; subjectId: string; role: string; appPattern: string }[];
  /** The raw setting value (jsonb), or null when no default grant is set. */
  defaultGrant: unknown;
}

type RawRow = Omit<SessionAccessRow, "expiresAt" | "groups" | "grants"> & {
  expiresAt: Date | string;
  groups: string[] | string | null;
  grants: SessionAccessRow["grants"] | string | null;
};

/** JSON columns come back parsed from node-postgres and PGlite; a string is parsed here. */
const json = <T>(value: T | string | null, empty: T): T =>
  value === null ? empty : typeof value === "string" ? (JSON.parse(value) as T) : value;

export async function readSessionAccess(
  db: Db,
  token: string,
  oidcProviderId: string,
): Promise<SessionAccessRow | null> {
  const [row] = await rowsOf<RawRow>(
    db,
    sql`
      select s.id as "sessionId", s.user_id as "userId", s.expires_at as "expiresAt",
        u.name, u.email, u.role, u.disabled,
        coalesce(g.groups, '[]'::jsonb) as groups,
        exists (
          select 1 from account a where a.user_id = u.id and a.provider_id = ${oidcProviderId}
        ) as "signsInWithOidc",
        coalesce((
          select json_agg(json_build_object(
              'subjectKind', gr.subject_kind, 'subjectId', gr.subject_id,
              'role', gr.role, 'appPattern', gr.app_pattern) order by gr.id)
          from "grant" gr
          where (gr.subject_kind = 'user' and gr.subject_id = u.id)
             or (gr.subject_kind = 'group'
                 and gr.subject_id in (select jsonb_array_elements_text(g.groups)))
        ), '[]'::json) as grants,
        (select st.value from setting st where st.key = ${DEFAULT_GRANT_SETTING}) as "defaultGrant"
      from session s
      join "user" u on u.id = s.user_id
      left join user_groups g on g.user_id = u.id
      where s.token = ${token}`,
  );
  if (!row) return null;
  return {
    ...row,
    expiresAt: row.expiresAt instanceof Date ? row.expiresAt : new Date(row.expiresAt),
    groups: json(row.groups, []),
    grants: json(row.grants, []),
  };
}
