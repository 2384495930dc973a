"use server";

import { submitVersion } from "@/lib/submit/submit-version";
import {
  actionFailure,
  type CreateVersionResult,
  type ValidateVersionResult,
} from "@/lib/submit/results";
import { validateVersion } from "@/lib/submit/validate-version";

// Inputs are untrusted: both paths re-validate with the shared schema before anything is sent.
// Neither throws at the client: failures come back as values, never with a stack or a secret.

const unexpected = (what: string, error: unknown) => {
  console.error(`${what} failed unexpectedly:`, error instanceof Error ? error.name : typeof error);
  return actionFailure(
    "UnexpectedError",
    "The server failed while handling this version. Your values are kept; try again.",
  );
};

export async function createVersionAction(input: unknown): Promise<CreateVersionResult> {
  try {
    return await submitVersion(input);
  } catch (error) {
    return unexpected("createVersionAction", error);
  }
}

export async function validateVersionAction(input: unknown): Promise<ValidateVersionResult> {
  try {
    return await validateVersion(input);
  } catch (error) {
    return unexpected("validateVersionAction", error);
  }
}
