// Errors are thrown as one typed class inside the sandbox and rendered in the gateway's format:
// {"RequestId","HostId","Code","Message","Recommend"} (esa-api-facts.md, section 1).
import { SANDBOX_HOST_ID } from "../defaults";

export class SandboxApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "SandboxApiError";
  }
}

export interface GatewayErrorBody {
  RequestId: string;
  HostId: string;
  Code: string;
  Message: string;
  Recommend: string;
}

export function gatewayErrorBody(
  requestId: string,
  code: string,
  message: string,
): GatewayErrorBody {
  const query = `q=${encodeURIComponent(code)}&product=ESA&requestId=${encodeURIComponent(requestId)}`;
  return {
    RequestId: requestId,
    HostId: SANDBOX_HOST_ID,
    Code: code,
    Message: message,
    Recommend: `https://api.aliyun.com/troubleshoot?${query}`,
  };
}

/** Wording of the real gateway's MissingParameter message. */
export function missingParameter(name: string): SandboxApiError {
  return new SandboxApiError(
    400,
    "MissingParameter",
    `The input parameter "${name}" that is mandatory for processing this request is not supplied.`,
  );
}

export function invalidParameter(name: string, detail: string): SandboxApiError {
  return new SandboxApiError(
    400,
    "InvalidParameter",
    `The specified parameter "${name}" is invalid: ${detail}`,
  );
}

/** Messages from the CreateEdgeContainerAppVersion reference page's error table. */
export const ERROR_MESSAGES = {
  invalidAppId:
    "The format of the application ID is invalid. You can call ListEdgeContainerApps to obtain the application ID.",
  appNotFound:
    "The application does not exist. Check whether the application ID you specified is correct and try again.",
  versionNotFound:
    "The version does not exist. Check whether the version ID you specified is correct and try again.",
  nameAlreadyExists: "The name already exists.",
  internalError: "Failed to call the service. Try again later or contact technical support.",
  throttled: "Request was denied due to user flow control.",
} as const;
