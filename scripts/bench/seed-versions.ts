import { SANDBOX_ACCESS_KEY_ID, SANDBOX_ACCESS_KEY_SECRET } from "@/lib/sandbox/defaults";
import { buildReadableRequest } from "@/lib/version/build-params";
import { bigVersion } from "./fixtures";
import { sdkClient, toSdkRequest } from "../../lib/testing/sdk-request";

/**
 * Creates one version per container count in the server's sandbox, so the editor can start from
 * it with `?from=<versionId>`: a realistic big version (env, probes, ACR details) in one page load
 * instead of dozens of "Add container" clicks.
 */
export async function seedVersions(
  sandboxEndpoint: string,
  appId: string,
  counts: number[],
): Promise<Map<number, string>> {
  const client = sdkClient(sandboxEndpoint, SANDBOX_ACCESS_KEY_ID, SANDBOX_ACCESS_KEY_SECRET);
  const ids = new Map<number, string>();
  for (const n of counts) {
    const values = { ...bigVersion(n, `bench-${n}-containers-${Date.now()}`), appId };
    const response = await client.createEdgeContainerAppVersion(
      toSdkRequest(buildReadableRequest(values)),
    );
    const id = response.body?.versionId;
    if (!id) throw new Error(`the sandbox created no version of ${n} containers`);
    ids.set(n, id);
  }
  return ids;
}
