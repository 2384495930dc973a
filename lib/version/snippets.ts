// The quoting half only: the package's index also brings its parser (~1.5 KiB gzip in the browser).
import quote from "shell-quote/quote";
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

export type SnippetTarget = { endpoint: string; protocol: "HTTPS" | "HTTP" };

export const PUBLIC_TARGET: SnippetTarget = { endpoint: DEFAULT_PUBLIC_ENDPOINT, protocol: "HTTPS" };

/**
 * A short TypeScript program that sends the same form body with @alicloud/openapi-client. It is an
 * ES module (top-level await), so it must be saved as .mts: as .ts, tsx loads it as CommonJS and
 * Node refuses the await (ERR_REQUIRE_ASYNC_MODULE). The three packages are CommonJS; imported from
 * ESM their default import is the whole module, whose `default` is the class, while named exports
 * (Config, Params, RuntimeOptions) are found directly.
 */
export function buildTypeScriptSnippet(
  params: CreateVersionParams,
  target: SnippetTarget = PUBLIC_TARGET,
): string {
  const body = JSON.stringify(params, null, 2).replace(/\n/g, "\n  ");
  return `// Save as create-version.mts and run: npx tsx create-version.mts
// (needs: npm install @alicloud/openapi-client @alicloud/credentials @alicloud/tea-util tsx)
import openApiClient, { Config, OpenApiRequest, Params } from "@alicloud/openapi-client";
import credentials from "@alicloud/credentials";
import { RuntimeOptions } from "@alicloud/tea-util";

// These packages are CommonJS: under ESM a default import is the whole module, the class its \`default\`.
const OpenApi = openApiClient.default;
const Credential = credentials.default;

// Credentials come from the default chain (ALIBABA_CLOUD_ACCESS_KEY_ID / _SECRET, CLI profile, RAM role).
const client = new OpenApi(new Config({ credential: new Credential(), endpoint: ${JSON.stringify(target.endpoint)} }));

const params = new Params({
  action: "CreateEdgeContainerAppVersion",
  version: "${ESA_API_VERSION}",
  protocol: ${JSON.stringify(target.protocol)},
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
