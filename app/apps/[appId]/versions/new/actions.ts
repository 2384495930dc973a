"use server";

import { withAppAction } from "@/lib/access/guard";
import { appActionPolicy } from "@/lib/access/policy";
import { getDb } from "@/lib/db/handle";
import { ShuttingDownError, trackOperation } from "@/lib/ops/in-flight";
import { opsLog } from "@/lib/ops/logger";
import { referenceSentence } from "@/lib/ops/request-context";
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

const unexpected = (what: string, error: unknown) => {
  opsLog().error(
    { action: what, error: error instanceof Error ? error.name : typeof error },
    "action failed unexpectedly",
  );
  return actionFailure(
    "UnexpectedError",
    `The server failed while handling this version. Your values are kept; try again.${referenceSentence()}`,
  );
};

export async function createVersionAction(input: unknown): Promise<CreateVersionResult> {
  return createVersionFromBaseAction(null, input);
}

export async function validateVersionAction(input: unknown): Promise<ValidateVersionResult> {
  return validateVersionFromBaseAction(null, input);
}

// The editor started from a version (?from=) binds its id: recorded in the audit row only, so the
// audit detail can show what the create changed against it. Untrusted like the rest: an id that
// does not look like one is left out, and nothing sent to ESA depends on it.

export async function createVersionFromBaseAction(
  baseVersionId: unknown,
  input: unknown,
): Promise<CreateVersionResult> {
  try {
    const subject = versionAuditSubject(input, baseVersionId);
    // Counted in flight until its audit row is written: a SIGTERM waits for both.
    return await trackOperation("create", () =>
      withAppAction({ ...appActionPolicy("version.create"), ...subject }, async () =>
        submitVersion(input, { db: await getDb() }),
      ),
    );
  } catch (error) {
    if (error instanceof ShuttingDownError) return actionFailure("ShuttingDown", error.message);
    return unexpected("createVersionAction", error);
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
    return unexpected("validateVersionAction", error);
  }
}
