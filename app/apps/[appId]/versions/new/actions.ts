"use server";

import { submitVersion } from "@/lib/submit/submit-version";
import type { CreateVersionResult } from "@/lib/version/create-result";

/** Input is untrusted: submitVersion re-validates it with the shared schema before anything is sent. */
export async function createVersionAction(input: unknown): Promise<CreateVersionResult> {
  try {
    return await submitVersion(input);
  } catch (error) {
    // Never a stack or a secret to the browser; the server log gets the error's name only.
    console.error("createVersionAction failed unexpectedly:", error instanceof Error ? error.name : typeof error);
    return { ok: false, code: "UnexpectedError", message: "The server failed while handling this version. Your values are kept; try again." };
  }
}
