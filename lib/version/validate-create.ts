// PLACEHOLDER being written by the lead engineer right now: the signature below is the contract.
// The sandbox calls this for CreateEdgeContainerAppVersion with the decoded form body.

/** One container exactly as it travels inside the `Containers` JSON string (PascalCase keys). */
export type WireContainer = Record<string, unknown> & { Name: string };

export type CreateValidation =
  | { ok: true; appId: string; name: string; remarks?: string; containers: WireContainer[] }
  | {
      ok: false;
      /** ESA error code: InvalidParameter.Name, InvalidParameter.Image, InvalidParameter.HttpHeaders,
       * InvalidParameter.appid, ParameterAlreadyExist, MissingParameter or InvalidParameter. */
      code: string;
      message: string;
    };

export function validateCreateWire(params: Record<string, string>): CreateValidation {
  const containers = JSON.parse(params.Containers ?? "[]") as WireContainer[];
  return { ok: true, appId: params.AppId ?? "", name: params.Name ?? "", remarks: params.Remarks, containers };
}
