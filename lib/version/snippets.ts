import { quote } from "shell-quote";
import { ESA_API_VERSION } from "./constants";
import type { CreateVersionParams } from "./wire-types";

// Equivalent ways to send the same request, generated from the wire params the builder made.

export const DEFAULT_PUBLIC_ENDPOINT = "esa.cn-hangzhou.aliyuncs.com";

/** `aliyun esa CreateEdgeContainerAppVersion --AppId … --Containers '[…]'`, shell-quoted. */
export function buildCliCommand(params: CreateVersionParams): string {
  const args = ["aliyun", "esa", "CreateEdgeContainerAppVersion"];
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined) args.push(`--${key}`, value);
  }
  return quote(args);
}

/** A short TypeScript program that sends the same form body with @alicloud/openapi-client. */
export function buildTypeScriptSnippet(
  params: CreateVersionParams,
  endpoint = DEFAULT_PUBLIC_ENDPOINT,
): string {
  const body = JSON.stringify(params, null, 2).replace(/\n/g, "\n  ");
  return `import OpenApi, { Config, OpenApiRequest, Params } from "@alicloud/openapi-client";
import Credential from "@alicloud/credentials";
import { RuntimeOptions } from "@alicloud/tea-util";

// Credentials come from the default chain (ALIBABA_CLOUD_ACCESS_KEY_ID / _SECRET, CLI profile, RAM role).
const client = new OpenApi(new Config({ credential: new Credential(), endpoint: ${JSON.stringify(endpoint)} }));

const params = new Params({
  action: "CreateEdgeContainerAppVersion",
  version: "${ESA_API_VERSION}",
  protocol: "HTTPS",
  pathname: "/",
  method: "POST",
  authType: "AK",
  style: "RPC",
  reqBodyType: "formData",
  bodyType: "json",
});

const request = new OpenApiRequest({
  body: ${body},
});

const { body: response } = await client.callApi(params, request, new RuntimeOptions({}));
console.log(response.VersionId, response.RequestId);
`;
}
