import "server-only";

export type AuditOutcome = "ok" | "refused" | "failed" | "unknown";
export type AuditActorKind = "local" | "oidc" | "system" | "anonymous";

/** What a caller records; time, chain and masking are added by appendAudit. */
export interface AuditEntry {
  actor: { id: string | null; name: string | null; kind: AuditActorKind };
  action: string;
  app?: { id: string; name?: string | null } | null;
  /** Version name or id, user, grant … the thing acted on. */
  target?: string | null;
  outcome: AuditOutcome;
  esaCode?: string | null;
  requestId?: string | null;
  clientAddress?: string | null;
  userAgent?: string | null;
  /** The request as received; secret-looking values are masked before it is stored. */
  payload?: unknown;
}
