// Public, documented defaults for the local sandbox. The sandbox only ever holds demo data, so
// publishing its AccessKey pair is deliberate: anyone running it locally needs to know it.

/** AccessKey ID the sandbox accepts unless ESA_SANDBOX_ACCESS_KEY_ID overrides it. */
export const SANDBOX_ACCESS_KEY_ID = "LTAI5tSandboxVersionStudio";

/** AccessKey secret paired with SANDBOX_ACCESS_KEY_ID. Not a real Alibaba Cloud secret. */
export const SANDBOX_ACCESS_KEY_SECRET = "sandbox-secret-not-for-production";

/** Port `npm run sandbox` listens on unless ESA_SANDBOX_PORT overrides it. */
export const SANDBOX_DEFAULT_PORT = 8787;

export const SANDBOX_DEFAULT_HOST = "127.0.0.1";

/** The only API version the ESA edge-container calls accept (esa-api-facts.md, section 4). */
export const ESA_API_VERSION = "2024-09-10";

/** Value of `HostId` in gateway error bodies; the real service answers with its endpoint host. */
export const SANDBOX_HOST_ID = "esa.cn-hangzhou.aliyuncs.com";

/** How long a new version stays `creating` before it becomes `created`. */
export const DEFAULT_CREATING_DELAY_MS = 1500;

/** How long the `slow-*` faults sleep unless the fault sets `delayMs`. */
export const DEFAULT_FAULT_DELAY_MS = 10_000;
