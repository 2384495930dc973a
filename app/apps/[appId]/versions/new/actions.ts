"use server";

import { withAppAction } from "@/lib/access/guard";
import { appActionPolicy } from "@/lib/access/policy";
import { getDb } from "@/lib/db/handle";
import { afterVersionCreated, readCreateLibraryInput } from "@/lib/library/after-create";
import { SHUTTING_DOWN_MESSAGE, ShuttingDownError, trackOperation } from "@/lib/ops/in-flight";
import { opsLog } from "@/lib/ops/logger";
import { currentRequest } from "@/lib/ops/request-context";
import { msg } from "@/lib/i18n/message-ref";
import { renderForRequest } from "@/lib/i18n/server-translate";
import { versionAuditSubject } from "@/lib/submit/audit-subject";
import {
  actionFailure,
  type CreateVersionResult,
  type ValidateVersionResult,
} from "@/lib/submit/results";
import { submitVersion } from "@/lib/submit/submit-version";
import { validateVersion } from "@/lib/submit/validate-version";

// Inputs are untrusted: the guard checks the person's role on the AppId the input names (both
// need submitter; a refusal sends nothing to ESA), then both paths re-validate with the shared
// schema before anything is sent. Every attempt, dry runs too, writes an audit row.
// Neither throws at the client: failures come back as values, never with a stack or a secret.

// Outside the guard (it is what failed), so the message is put into words here.
const unexpected = async (what: string, error: unknown) => {
  opsLog().error(
    { action: what, error: error instanceof Error ? error.name : typeof error },
    "action failed unexpectedly",
  );
  return actionFailure(
    "UnexpectedError",
    await renderForRequest(
      msg("editor.server.unexpected", { reference: currentRequest()?.requestId ?? "none" }),
    ),
  );
};

export async function createVersionAction(
  input: unknown,
  library?: unknown,
): Promise<CreateVersionResult> {
  return createVersionFromBaseAction(null, input, library);
}

export async function validateVersionAction(input: unknown): Promise<ValidateVersionResult> {
  return validateVersionFromBaseAction(null, input);
}

// The editor started from a version (?from=) binds its id: recorded in the audit row only, so the
// audit detail can show what the create changed against it. Untrusted like the rest: an id that
// does not look like one is left out, and nothing sent to ESA depends on it.

// `library` (untrusted, optional): the templates the version started from and the draft copy
// being edited (lib/library/after-create.ts): named in the audit row, recorded after the create.
export async function createVersionFromBaseAction(
  baseVersionId: unknown,
  input: unknown,
  library?: unknown,
): Promise<CreateVersionResult> {
  try {
    const subject = versionAuditSubject(input, baseVersionId);
    const db = await getDb();
    const extra = await readCreateLibraryInput(db, library);
    const payload =
      extra.templates.length > 0 && subject.payload && typeof subject.payload === "object"
        ? { ...subject.payload, templates: extra.templates }
        : subject.payload;
    const base = typeof baseVersionId === "string" ? baseVersionId : null;
    // Counted in flight until its audit row is written: a SIGTERM waits for both.
    return await trackOperation("create", () =>
      withAppAction(
        { ...appActionPolicy("version.create"), ...subject, payload },
        async (actor) => {
          const result = await submitVersion(input, { db });
          if (result.ok && subject.target) {
            await afterVersionCreated(
              db,
              actor,
              { versionId: result.versionId, name: subject.target },
              base,
              extra,
            );
          }
          return result;
        },
      ),
    );
  } catch (error) {
    if (error instanceof ShuttingDownError) return actionFailure("ShuttingDown", await renderForRequest(SHUTTING_DOWN_MESSAGE));
    return await unexpected("createVersionAction", error);
  }
}

export async function validateVersionFromBaseAction(
  baseVersionId: unknown,
  input: unknown,
): Promise<ValidateVersionResult> {
  try {
    const subject = versionAuditSubject(input, baseVersionId);
    return await withAppAction({ ...appActionPolicy("version.validate"), ...subject }, () =>
      validateVersion(input),
    );
  } catch (error) {
    return await unexpected("validateVersionAction", error);
  }
}
