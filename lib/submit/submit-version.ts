import "server-only";

import { EsaError } from "@/lib/esa/errors";
import { createVersion, findVersionByName } from "@/lib/esa/operations";
import { sameVersionContent } from "@/lib/version/same-content";
import { paramsFor } from "@/lib/version/request-schema";
import type { VersionForm } from "@/lib/version/schema";
import { fieldErrorsForServiceError } from "@/lib/version/service-error-fields";
import type { CreateVersionParams } from "@/lib/version/wire-types";

import type { Db } from "@/lib/db/types";

import { readVersionInput } from "./input-gate";
import { createKey, runExactlyOnce } from "./operation-claims";
import { checkRegistryTags } from "./registry-check";
import { actionFailure, type ActionFailure, type CreateVersionResult } from "./results";

// Exactly-once create. CreateEdgeContainerAppVersion has no idempotency token, but a version name
// is unique per app: it is the natural key. A create is sent at most once per submission; when its
// outcome is unknown (timeout, dropped connection) or the name is taken, the version with that
// name is looked up and compared. Identical content means an earlier attempt succeeded.

// Across instances (and restarts), the create's natural key is claimed in the shared database first
// (operation-claims.ts): only the claim's holder calls ESA; the same submission elsewhere waits for
// its outcome and answers with it. Without a database (unit tests), the in-process map alone.

const inflight = new Map<string, Promise<CreateVersionResult>>();

export interface SubmitOptions {
  /** The shared database where the create is claimed; omitted, only this process is coordinated. */
  db?: Db;
}

export async function submitVersion(
  input: unknown,
  options: SubmitOptions = {},
): Promise<CreateVersionResult> {
  const read = readVersionInput(input);
  if (!read.ok) {
    const { issueCount, fieldErrors } = read;
    return actionFailure(
      "ValidationFailed",
      `${issueCount === 1 ? "One field needs" : `${issueCount} fields need`} attention before this version can be created.`,
      { fieldErrors },
    );
  }
  const { values } = read;
  // A tag deleted since it was picked would fail only when ESA pulls the image: refuse it here.
  const registry = await checkRegistryTags(values);
  if (registry.fieldErrors.length > 0) {
    const count = registry.fieldErrors.length;
    return actionFailure(
      "ValidationFailed",
      `${count === 1 ? "One Container Registry image is" : `${count} Container Registry images are`} no longer in the registry: see the marked fields.`,
      { fieldErrors: registry.fieldErrors },
    );
  }
  // The params the schema built to measure the request: serialized once per submit.
  const params = paramsFor(values);
  // Double clicks and two tabs submitting the same content in this process share one create.
  // Joined rather than JSON.stringify'd: re-escaping the Containers JSON cost ~30 µs at 30
  // containers. Still one key per content: AppId and Name hold no newline (the schema refuses
  // control characters) and the Containers JSON holds none raw, so only Remarks can.
  const key = `${params.AppId}\n${params.Name}\n${params.Remarks ?? ""}\n${params.Containers}`;
  const running = inflight.get(key);
  if (running) return running;
  const run = options.db
    ? createClaimed(options.db, values, params, key)
    : createOnce(values, params);
  const attempt = run.finally(() => inflight.delete(key));
  inflight.set(key, attempt);
  return attempt;
}

const SHARED_NOTE =
  "The same version was submitted at the same time elsewhere (another tab, person or server) and created once: this is that version. Nothing was created twice.";

async function createClaimed(
  db: Db,
  values: VersionForm,
  params: CreateVersionParams,
  content: string,
): Promise<CreateVersionResult> {
  const { result, source } = await runExactlyOnce<CreateVersionResult>({
    db,
    kind: "create",
    key: createKey(values.appId, values.name),
    content,
    run: () => createOnce(values, params),
    outcomeOf: (r) => (r.ok ? "done" : r.outcomeUnknown ? "unknown" : "failed"),
    stillHolds: async (recorded) => {
      if (!recorded.ok) return true;
      const existing = await findVersionByName(values.appId, values.name);
      return existing?.versionId === recorded.versionId;
    },
  });
  if (source === "ran" || !result.ok) return result;
  return { ...result, alreadyCreated: true, answerLost: false, note: SHARED_NOTE };
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
    return actionFailure(
      "NameAlreadyExists",
      `A different version named "${values.name}" already exists (${existing.versionId}).`,
      {
        httpStatus: cause.httpStatus,
        requestId: cause.requestId,
        fieldErrors: [
          {
            path: "name",
            message: `Version ${existing.versionId} already uses this name with different content. Choose a different name.`,
          },
        ],
      },
    );
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

function failure(values: VersionForm, e: EsaError | undefined): ActionFailure {
  if (!e) {
    return actionFailure(
      "UnexpectedError",
      "Something went wrong on the server before the request was sent. Your values are kept; try again, and report it if it persists.",
    );
  }
  const fieldErrors =
    fieldErrorsForServiceError(e.code, e.serviceMessage ?? e.message, values) ?? undefined;
  // A socket code (ECONNRESET) names no ESA error: the message says what happened instead.
  const fromSocket = e.kind === "network";
  return actionFailure(fromSocket ? undefined : e.code, e.message, {
    connectionCode: fromSocket ? e.code : undefined,
    httpStatus: e.httpStatus,
    requestId: e.requestId,
    recommend: e.recommend,
    outcomeUnknown: e.outcomeUnknown,
    fieldErrors,
  });
}
