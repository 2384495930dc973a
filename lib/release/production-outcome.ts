import type { FieldError } from "@/lib/version/field-error";

// What sending a production plan to ESA came to, as plain data: stored with an approved request,
// written to the audit row, and turned into the action's answer. Type-only apart from the
// helpers, so client components import it too.

export type ProductionOutcome =
  | {
      outcome: "ok";
      requestId?: string;
      /** The answer was lost and the app's status showed the publish under way. */
      answerLost: boolean;
      message: string;
    }
  | {
      /** "failed": ESA refused. "unknown": the answer was lost and the status does not show it. */
      outcome: "failed" | "unknown";
      code: string;
      requestId?: string;
      message: string;
      fieldErrors?: FieldError[];
    };

/** ESA's parameters, by name, on the plan field they concern. */
const FIELD_OF_PARAMETER: Record<string, string> = {
  Percentage: "percentage",
  Regions: "regions",
  FullRelease: "fullRelease",
  StartTime: "startTime",
  VersionId: "versionId",
  Remarks: "remarks",
};

/**
 * The plan field an ESA refusal concerns: named by the code (`InvalidParameter.Percentage`) or, for
 * a bare `InvalidParameter`, by the parameter its message quotes (`parameter "Regions"`).
 */
export function fieldErrorsForCode(
  code: string,
  message: string,
  serviceMessage = "",
): FieldError[] | undefined {
  const named =
    /^InvalidParameter\.(\w+)$/.exec(code)?.[1] ??
    /parameter "(\w+)"/.exec(serviceMessage || message)?.[1];
  const path = named ? FIELD_OF_PARAMETER[named] : undefined;
  return path ? [{ path, message }] : undefined;
}
