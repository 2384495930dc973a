// Public, documented defaults for the sandbox, owned by configuration: the app's environment falls
// back to them and the sandbox (embedded or `npm run sandbox`) starts with them. Constants only, no
// imports, so the sandbox program can read them without pulling in the server's configuration.
// The sandbox only ever holds demo data, so publishing its AccessKey pair is deliberate: anyone
// running it locally needs to know it.

/** AccessKey ID the sandbox accepts unless ESA_SANDBOX_ACCESS_KEY_ID overrides it. */
export const SANDBOX_ACCESS_KEY_ID = "LTAI5tSandboxVersionStudio";

/** AccessKey secret paired with SANDBOX_ACCESS_KEY_ID. Not a real Alibaba Cloud secret. */
export const SANDBOX_ACCESS_KEY_SECRET = "sandbox-secret-not-for-production";

/** How long a new version stays `creating` before it becomes `created`. */
export const DEFAULT_CREATING_DELAY_MS = 1500;

/** How long one step of a sandbox release takes (a staging phase, 25 points of production traffic). */
export const DEFAULT_ROLLOUT_STEP_MS = 1000;

/**
 * Container Registry is regional: the real service learns the region from its host
 * (cr.<region>.aliyuncs.com). The one-host sandbox learns it from this header instead, which the
 * app sends in sandbox mode only (acr-api-facts.md: the SDK never sends RegionId).
 */
export const SANDBOX_REGION_HEADER = "x-sandbox-region";
