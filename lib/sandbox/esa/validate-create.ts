import { buildReadableRequest } from "@/lib/version/build-params";
import { containerFormFromWire } from "@/lib/version/from-wire";
import { versionFormSchema } from "@/lib/version/request-schema";
import { wirePath } from "@/lib/version/wire-path";
import { wireContainersSchema } from "@/lib/version/wire-schema";
import type { WireContainer } from "@/lib/version/wire-types";

import { inEnglish } from "./in-english";

// Judges a CreateEdgeContainerAppVersion form body the way the service does, with the shared
// schema. The sandbox answers with the code and message returned here. Codes and base messages
// come from the reference page's error table.

export type { WireContainer };

export type CreateValidation =
  | { ok: true; appId: string; name: string; remarks?: string; containers: WireContainer[] }
  | { ok: false; code: string; message: string };

const SERVICE_MESSAGES: Record<string, string> = {
  "InvalidParameter.Name":
    "The specified Name is invalid. Please check the Name parameter, which must be between 6 and 128 characters.",
  "InvalidParameter.Image":
    "The specified Image is invalid. Please check the Image parameter and make the necessary modifications and call the interface again.",
  "InvalidParameter.HttpHeaders":
    "The specified HttpHeaders is invalid. Please check the HttpHeaders parameter.",
  "InvalidParameter.appid":
    "The format of the application ID is invalid. You can call ListEdgeContainerApps to obtain the application ID.",
  ParameterAlreadyExist:
    "Parameter uniqueness verification failed. Check for duplicate parameter values.",
  InvalidParameter: "The specified parameter is invalid.",
};

function codeFor(
  path: readonly PropertyKey[],
  params: Record<string, unknown> | undefined,
): string {
  if (typeof params?.esaCode === "string") return params.esaCode;
  const [top, , field, probeType, probeField] = path;
  if (top === "name") return "InvalidParameter.Name";
  if (top === "appId") return "InvalidParameter.appid";
  if (top === "containers" && field === "image") return "InvalidParameter.Image";
  if (
    top === "containers" &&
    field === "probe" &&
    probeType === "httpGet" &&
    probeField === "headers"
  )
    return "InvalidParameter.HttpHeaders";
  return "InvalidParameter";
}

const invalid = (code: string, detail: string): CreateValidation => ({
  ok: false,
  code,
  message: `${SERVICE_MESSAGES[code] ?? SERVICE_MESSAGES.InvalidParameter} (${detail})`,
});

export function validateCreateWire(params: Record<string, string>): CreateValidation {
  for (const key of ["AppId", "Name", "Containers"]) {
    if (!params[key]) {
      return {
        ok: false,
        code: "MissingParameter",
        message: `The input parameter "${key}" that is mandatory for processing this request is not supplied.`,
      };
    }
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(params.Containers!);
  } catch {
    return invalid(
      "InvalidParameter",
      "Containers: must be a JSON array of containers, sent as one string",
    );
  }
  const structure = wireContainersSchema.safeParse(parsed);
  if (!structure.success) {
    const issue = structure.error.issues[0]!;
    const where = issue.path
      .map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`))
      .join("");
    return invalid("InvalidParameter", `Containers${where}: ${inEnglish(issue.message)}`);
  }
  const values = {
    appId: params.AppId!,
    name: params.Name!,
    remarks: params.Remarks ?? "",
    containers: structure.data.map(containerFormFromWire),
  };
  const result = versionFormSchema.safeParse(values);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const issueParams =
      "params" in issue ? (issue.params as Record<string, unknown> | undefined) : undefined;
    return invalid(
      codeFor(issue.path, issueParams),
      `${wirePath(issue.path)}: ${inEnglish(issue.message)}`,
    );
  }
  const request = buildReadableRequest(result.data);
  return {
    ok: true,
    appId: request.AppId,
    name: request.Name,
    remarks: request.Remarks,
    containers: request.Containers,
  };
}
