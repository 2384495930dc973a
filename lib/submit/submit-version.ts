import "server-only";

import { EsaError } from "@/lib/esa/errors";
import { msg } from "@/lib/i18n/message-ref";
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
// Messages are references to the "submit" catalog (lib/i18n/message-ref.ts): the guard puts them
// into the requester's language.

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
      msg("submit.fieldsNeedAttention", { count: issueCount }),
      { fieldErrors },
    );
  }
  const { values } = read;
  // A tag deleted since it was picked would fail only when ESA pulls the image: refuse it here.
  const registry = await checkRegistryTags(values);
  if (registry.fieldErrors.length > 0) {
    const count = registry.fieldErrors.length;
    return actionFailure("ValidationFailed", msg("submit.registryImagesGone", { count }), {
      fieldErrors: registry.fieldErrors,
    });
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
  return {
    ...result,
    alreadyCreated: true,
    answerLost: false,
    note: msg("submit.createdElsewhere"),
  };
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
  if (e.kind === "timeout") return msg("submit.whatHappened.timeout");
  if (e.kind === "network") return msg("submit.whatHappened.network");
  if (e.kind === "bad-response") return msg("submit.whatHappened.badResponse");
  return e.message;
}

/** The second half of "the version was created, but …", for a create whose answer never came. */
function howTheAnswerWasLost(e: EsaError): string {
  if (e.kind === "timeout") return msg("submit.answerLost.timeout");
  if (e.kind === "network") return msg("submit.answerLost.network");
  if (e.kind === "bad-response") return msg("submit.answerLost.badResponse");
  return msg("submit.answerLost.other");
}

/** After an unknown outcome or a name clash: is the version with this name ours? */
async function reconcile(values: VersionForm, cause: EsaError): Promise<CreateVersionResult> {
  let existing;
  try {
    existing = await findVersionByName(values.appId, values.name);
  } catch (lookupError) {
    return {
      ...failure(values, cause),
      outcomeUnknown: true,
      message:
        lookupError instanceof EsaError
          ? msg("submit.lookupFailedBecause", {
              whatHappened: whatHappened(cause),
              reason: lookupError.message,
            })
          : msg("submit.lookupFailed", { whatHappened: whatHappened(cause) }),
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
        ? msg("submit.createdAnswerLost", { how: howTheAnswerWasLost(cause) })
        : msg("submit.createdEarlier"),
    };
  }
  if (existing) {
    return actionFailure(
      "NameAlreadyExists",
      msg("submit.differentVersionExists", { name: values.name, versionId: existing.versionId }),
      {
        httpStatus: cause.httpStatus,
        requestId: cause.requestId,
        fieldErrors: [
          {
            path: "name",
            message: msg("submit.nameUsedDifferently", { versionId: existing.versionId }),
          },
        ],
      },
    );
  }
  if (cause.outcomeUnknown) {
    return {
      ...failure(values, cause),
      outcomeUnknown: true,
      message: msg("submit.mayStillBeCreating", {
        whatHappened: whatHappened(cause),
        name: values.name,
      }),
    };
  }
  return failure(values, cause);
}

function failure(values: VersionForm, e: EsaError | undefined): ActionFailure {
  if (!e) {
    return actionFailure("UnexpectedError", msg("submit.unexpected"));
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
