import "server-only";

import { EsaError } from "@/lib/esa/errors";
import { createVersion, findVersionByName } from "@/lib/esa/operations";
import { buildCreateVersionParams } from "@/lib/version/build-params";
import type { CreateVersionResult, FieldError } from "@/lib/version/create-result";
import { sameVersionContent } from "@/lib/version/same-content";
import { versionFormSchema, type VersionForm } from "@/lib/version/schema";
import { fieldErrorsForServiceError } from "@/lib/version/service-error-fields";
import type { CreateVersionParams } from "@/lib/version/wire-types";

// Exactly-once create. CreateEdgeContainerAppVersion has no idempotency token, but a version name
// is unique per app: it is the natural key. A create is sent at most once per submission; when its
// outcome is unknown (timeout, dropped connection) or the name is taken, the version with that
// name is looked up and compared. Identical content means an earlier attempt succeeded.

const inflight = new Map<string, Promise<CreateVersionResult>>();

// Hostile input must not make the answer huge: zod's "Unrecognized key" message lists every
// unknown key, and a duplicate-name message quotes the name, however long either is.
const MAX_FIELD_ERRORS = 200;
const MAX_MESSAGE_CHARS = 300;

function clip(message: string): string {
  if (message.length <= MAX_MESSAGE_CHARS) return message;
  let cut = message.slice(0, MAX_MESSAGE_CHARS - 1);
  // Never end on half of a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

export function issuesToFieldErrors(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): FieldError[] {
  return issues
    .slice(0, MAX_FIELD_ERRORS)
    .map((i) => ({ path: i.path.map(String).join("."), message: clip(i.message) }));
}

/**
 * safeParse, except that it cannot throw. zod 4.6 runs a string's length checks on any value with
 * a `length` property, even after the type check failed, and comparing an exotic `length` (a
 * null-prototype object, a throwing proxy such as a temporary client reference) throws. When that
 * happens, such values are replaced by null in a copy and it is judged again, so the refusal still
 * names the field they were sent for.
 */
function parseUntrusted(input: unknown) {
  try {
    return versionFormSchema.safeParse(input);
  } catch {
    try {
      return versionFormSchema.safeParse(defuse(input, 0));
    } catch {
      return undefined;
    }
  }
}

/** Deeper than any version; beyond it values are left as they are (and may still throw). */
const DEFUSE_DEPTH = 16;

/** A copy of plain objects and arrays in which every value that cannot be read safely (an
 * object with an object or symbol `length`, a proxy that throws) is null: wrong either way. */
function defuse(value: unknown, depth: number): unknown {
  if (value === null || typeof value !== "object" || depth > DEFUSE_DEPTH) return value;
  try {
    if (Array.isArray(value)) return value.map((v) => defuse(v, depth + 1));
    const length: unknown = (value as { length?: unknown }).length;
    // Only an object, symbol or function `length` makes zod's comparison throw.
    if (
      length !== null &&
      (typeof length === "object" || typeof length === "symbol" || typeof length === "function")
    )
      return null;
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return value;
    const copy = Object.create(proto) as Record<string, unknown>;
    for (const key of Object.keys(value))
      Object.defineProperty(copy, key, {
        value: defuse((value as Record<string, unknown>)[key], depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    return copy;
  } catch {
    return null;
  }
}

export async function submitVersion(input: unknown): Promise<CreateVersionResult> {
  const parsed = parseUntrusted(input);
  if (!parsed) {
    return {
      ok: false,
      code: "ValidationFailed",
      message: "One field needs attention before this version can be created.",
      fieldErrors: [
        {
          path: "",
          message:
            "These values could not be read as a version. Reload the page and enter them again.",
        },
      ],
    };
  }
  if (!parsed.success) {
    return {
      ok: false,
      code: "ValidationFailed",
      message: `${parsed.error.issues.length === 1 ? "One field needs" : `${parsed.error.issues.length} fields need`} attention before this version can be created.`,
      fieldErrors: issuesToFieldErrors(parsed.error.issues),
    };
  }
  const values = parsed.data;
  const params = buildCreateVersionParams(values);
  // Double clicks and two tabs submitting the same content in this process share one create.
  // Joined rather than JSON.stringify'd: re-escaping the Containers JSON cost ~30 µs at 30
  // containers. Still one key per content: AppId and Name hold no newline (the schema refuses
  // control characters) and the Containers JSON holds none raw, so only Remarks can.
  const key = `${params.AppId}\n${params.Name}\n${params.Remarks ?? ""}\n${params.Containers}`;
  const running = inflight.get(key);
  if (running) return running;
  const attempt = createOnce(values, params).finally(() => inflight.delete(key));
  inflight.set(key, attempt);
  return attempt;
}

async function createOnce(
  values: VersionForm,
  params: CreateVersionParams,
): Promise<CreateVersionResult> {
  try {
    const created = await createVersion(params);
    return {
      ok: true,
      appId: values.appId,
      versionId: created.versionId,
      requestId: created.requestId,
      alreadyCreated: false,
    };
  } catch (error) {
    const e = error instanceof EsaError ? error : undefined;
    if (e && (e.outcomeUnknown || e.code === "NameAlreadyExists")) return reconcile(values, e);
    return failure(values, e);
  }
}

/** The first sentence of an unknown-outcome message. lib/esa's own advice ("check the version
 * list") is replaced here, since this path has just checked it. */
function whatHappened(e: EsaError): string {
  if (e.kind === "timeout") return "ESA did not answer in time.";
  if (e.kind === "network") return "The connection to ESA was lost before an answer arrived.";
  if (e.kind === "bad-response")
    return "ESA's answer could not be read (a proxy may have answered instead).";
  return e.message;
}

/** The second half of "the version was created, but …", for a create whose answer never came. */
function howTheAnswerWasLost(e: EsaError): string {
  if (e.kind === "timeout") return "its answer did not arrive in time.";
  if (e.kind === "network") return "the connection dropped before its answer arrived.";
  if (e.kind === "bad-response")
    return "its answer could not be read (a proxy may have answered instead).";
  return "its answer was lost.";
}

/** After an unknown outcome or a name clash: is the version with this name ours? */
async function reconcile(values: VersionForm, cause: EsaError): Promise<CreateVersionResult> {
  let existing;
  try {
    existing = await findVersionByName(values.appId, values.name);
  } catch (lookupError) {
    const detail = lookupError instanceof EsaError ? ` (${lookupError.message})` : "";
    return {
      ...failure(values, cause),
      outcomeUnknown: true,
      message: `${whatHappened(cause)} Checking whether the version was created also failed${detail}. Submit again when the service is reachable: resubmitting is safe, the version name prevents a duplicate.`,
    };
  }
  if (existing && sameVersionContent(values, existing)) {
    const answerLost = cause.outcomeUnknown;
    return {
      ok: true,
      appId: values.appId,
      versionId: existing.versionId,
      requestId: cause.requestId,
      alreadyCreated: true,
      answerLost,
      note: answerLost
        ? `The request reached ESA and the version was created, but ${howTheAnswerWasLost(cause)} It exists with exactly this content; nothing was created twice.`
        : "A version with this name and exactly this content already existed: an earlier submission created it. Nothing was created twice.",
    };
  }
  if (existing) {
    return {
      ok: false,
      code: "NameAlreadyExists",
      httpStatus: cause.httpStatus,
      requestId: cause.requestId,
      message: `A different version named "${values.name}" already exists (${existing.versionId}).`,
      fieldErrors: [
        {
          path: "name",
          message: `Version ${existing.versionId} already uses this name with different content. Choose a different name.`,
        },
      ],
    };
  }
  if (cause.outcomeUnknown) {
    return {
      ...failure(values, cause),
      outcomeUnknown: true,
      message: `${whatHappened(cause)} No version named "${values.name}" exists yet, but the service may still be creating it. Submit again in a moment to check: resubmitting is safe, the version name prevents a duplicate.`,
    };
  }
  return failure(values, cause);
}

function failure(
  values: VersionForm,
  e: EsaError | undefined,
): Extract<CreateVersionResult, { ok: false }> {
  if (!e) {
    return {
      ok: false,
      code: "UnexpectedError",
      message:
        "Something went wrong on the server before the request was sent. Your values are kept; try again, and report it if it persists.",
    };
  }
  const fieldErrors =
    fieldErrorsForServiceError(e.code, e.serviceMessage ?? e.message, values) ?? undefined;
  // A socket code (ECONNRESET) names no ESA error: the message says what happened instead.
  const fromSocket = e.kind === "network";
  return {
    ok: false,
    code: fromSocket ? undefined : e.code,
    connectionCode: fromSocket ? e.code : undefined,
    httpStatus: e.httpStatus,
    requestId: e.requestId,
    recommend: e.recommend,
    outcomeUnknown: e.outcomeUnknown,
    message: e.message,
    fieldErrors,
  };
}
