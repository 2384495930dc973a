// The sandbox's own defaults. Its AccessKey pair and creating delay are configuration's
// (lib/config/sandbox-defaults.ts), shared with the app's environment; they are re-exported here
// so the sandbox and its tests read every default from one place.
export {
  DEFAULT_CREATING_DELAY_MS,
  DEFAULT_ROLLOUT_STEP_MS,
  SANDBOX_ACCESS_KEY_ID,
  SANDBOX_ACCESS_KEY_SECRET,
  SANDBOX_REGION_HEADER,
} from "@/lib/config/sandbox-defaults";

/** Port `npm run sandbox` listens on unless ESA_SANDBOX_PORT overrides it. */
export const SANDBOX_DEFAULT_PORT = 8787;

export const SANDBOX_DEFAULT_HOST = "127.0.0.1";

/** Value of `HostId` in gateway error bodies; the real service answers with its endpoint host. */
export const SANDBOX_HOST_ID = "esa.cn-hangzhou.aliyuncs.com";

/** How long the `slow-*` faults sleep unless the fault sets `delayMs`. */
export const DEFAULT_FAULT_DELAY_MS = 10_000;
