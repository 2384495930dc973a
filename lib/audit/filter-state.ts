import { msg } from "@/lib/i18n/message-ref";

// The /audit page's state in its URL: filters (actor, app, action, outcome, time range) and
// paging. Pure, so the page, the export route handlers and the filter form read it alike.
// Times are UTC: `2026-12-02T09:30` (a datetime-local value) or `2026-12-02`.

export const AUDIT_OUTCOMES = ["ok", "refused", "failed", "unknown"] as const;
export type AuditOutcomeFilter = (typeof AUDIT_OUTCOMES)[number];

export const AUDIT_PAGE_SIZES = [25, 50, 100] as const;
const DEFAULT_SIZE = 50;
const MAX_PAGE = 100_000;
const MAX_TEXT = 200;

export interface AuditFilterState {
  actor: string;
  app: string;
  action: string;
  outcome: AuditOutcomeFilter | "";
  /** As typed (kept for the form), and the instant it means when valid. */
  from: string;
  before: string;
  page: number;
  size: number;
}

export type AuditFilterField = "actor" | "app" | "action" | "outcome" | "from" | "before";

export interface ParsedAuditFilter {
  state: AuditFilterState;
  fromDate?: Date;
  beforeDate?: Date;
  /** Problems with a value, by field; a field with a problem is not applied. */
  errors: Partial<Record<AuditFilterField, string>>;
}

type SearchInput = Record<string, string | string[] | undefined> | URLSearchParams;

function read(input: SearchInput, key: string): string {
  const value = input instanceof URLSearchParams ? input.get(key) : input[key];
  const first = Array.isArray(value) ? value[0] : value;
  return (first ?? "").trim();
}

const TIME = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(?::(\d{2}))?)?$/;

/** A UTC date or date-time as typed, or undefined when it is not one. */
export function parseUtcTime(text: string): Date | undefined {
  const match = TIME.exec(text);
  if (!match) return undefined;
  const iso = `${match[1]}T${match[2] ?? "00:00"}:${match[3] ?? "00"}Z`;
  const date = new Date(iso);
  // Date rolls 2026-02-31 over to March; a value that does not read back is not a real date.
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== match[1]) return undefined;
  return date;
}

function positiveInt(text: string, fallback: number, max: number): number {
  if (!/^\d{1,9}$/.test(text)) return fallback;
  const n = Number(text);
  return n >= 1 && n <= max ? n : fallback;
}

const TIME_PROBLEM = msg("audit.filter.timeInvalid");

export function parseAuditFilter(input: SearchInput): ParsedAuditFilter {
  const errors: ParsedAuditFilter["errors"] = {};
  const text = (key: AuditFilterField) => {
    const value = read(input, key);
    if (value.length > MAX_TEXT) {
      errors[key] = msg("audit.filter.tooLong", { max: MAX_TEXT });
      return value.slice(0, MAX_TEXT);
    }
    return value;
  };
  const outcomeText = read(input, "outcome");
  const outcome = (AUDIT_OUTCOMES as readonly string[]).includes(outcomeText)
    ? (outcomeText as AuditOutcomeFilter)
    : "";
  if (outcomeText && !outcome) errors.outcome = msg("audit.filter.outcomeInvalid", { outcomes: AUDIT_OUTCOMES.join(", ") });
  const size = positiveInt(read(input, "size"), DEFAULT_SIZE, 100);
  const state: AuditFilterState = {
    actor: text("actor"),
    app: text("app"),
    action: text("action"),
    outcome,
    from: text("from"),
    before: text("before"),
    page: positiveInt(read(input, "page"), 1, MAX_PAGE),
    size: (AUDIT_PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_SIZE,
  };
  const fromDate = state.from ? parseUtcTime(state.from) : undefined;
  const beforeDate = state.before ? parseUtcTime(state.before) : undefined;
  if (state.from && !fromDate) errors.from ??= TIME_PROBLEM;
  if (state.before && !beforeDate) errors.before ??= TIME_PROBLEM;
  if (fromDate && beforeDate && beforeDate.getTime() <= fromDate.getTime()) {
    errors.before = msg("audit.filter.beforeNotLater");
  }
  return {
    state,
    fromDate: errors.from ? undefined : fromDate,
    beforeDate: errors.before ? undefined : beforeDate,
    errors,
  };
}

/** The query string of a state, defaults left out, so URLs stay short and shareable. */
export function auditQueryString(state: AuditFilterState, overrides: Partial<AuditFilterState> = {}): string {
  const merged = { ...state, ...overrides };
  const params = new URLSearchParams();
  for (const key of ["actor", "app", "action", "outcome", "from", "before"] as const) {
    if (merged[key]) params.set(key, merged[key]);
  }
  if (merged.page !== 1) params.set("page", String(merged.page));
  if (merged.size !== DEFAULT_SIZE) params.set("size", String(merged.size));
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** The filters only (no paging): what an export of the filtered set carries. */
export function auditFilterQueryString(state: AuditFilterState): string {
  return auditQueryString(state, { page: 1, size: DEFAULT_SIZE });
}
