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

/** ESA's parameter codes, on the plan field they concern. */
const FIELD_OF_CODE: Record<string, string> = {
  "InvalidParameter.Percentage": "percentage",
  "InvalidParameter.Regions": "regions",
  "InvalidParameter.FullRelease": "fullRelease",
  "InvalidParameter.StartTime": "startTime",
  "InvalidParameter.VersionId": "versionId",
  "InvalidParameter.Remarks": "remarks",
};

export function fieldErrorsForCode(code: string, message: string): FieldError[] | undefined {
  const path = FIELD_OF_CODE[code];
  return path ? [{ path, message }] : undefined;
}
