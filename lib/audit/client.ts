import "server-only";

import type { AuditRow } from "@/lib/db/audit-store";
import type { Db } from "@/lib/db/types";

import { appendAudit } from "./append";
import type { AuditEntry } from "./types";

/**
 * Who is on the other end of a request, for the audit log: the first X-Forwarded-For address
 * (`next start` sets it from the socket; a proxy in front prepends the client's), else
 * X-Real-IP, and the user agent.
 */
export interface ClientInfo {
  address: string | null;
  userAgent: string | null;
}

export function clientOf(headers: Headers | null | undefined): ClientInfo {
  const forwarded = headers?.get("x-forwarded-for")?.split(",")[0]?.trim();
  const address = forwarded || headers?.get("x-real-ip")?.trim() || null;
  return {
    address: address ? address.slice(0, 100) : null,
    userAgent: headers?.get("user-agent") ?? null,
  };
}

/** Appends an entry about a request, with its client address and user agent filled in. */
export function appendRequestAudit(
  db: Db,
  headers: Headers | null | undefined,
  entry: Omit<AuditEntry, "clientAddress" | "userAgent">,
): Promise<AuditRow> {
  const client = clientOf(headers);
  return appendAudit(db, { ...entry, clientAddress: client.address, userAgent: client.userAgent });
}
