import "server-only";

import { z } from "zod";

import {
  DEFAULT_CREATING_DELAY_MS,
  DEFAULT_ROLLOUT_STEP_MS,
  SANDBOX_ACCESS_KEY_ID,
  SANDBOX_ACCESS_KEY_SECRET,
} from "./sandbox-defaults";

import { endpointProblem, intInRange, optionalVar } from "./env-rules";
import { opsEnvShape, toOpsConfig, type OpsConfig } from "./ops-env";
import { portalEnvProblems, portalEnvShape, toPortalConfig, type PortalConfig } from "./portal-env";

/** The two published endpoints (esa-api-facts.md, section 3). China is the SDK examples' default. */
export const DEFAULT_ESA_ENDPOINT = "esa.cn-hangzhou.aliyuncs.com";

const lower = (value: unknown) => (typeof value === "string" ? value.toLowerCase() : value);

export const envSchema = z
  .object({
    ESA_BACKEND: optionalVar(
      z.preprocess(
        lower,
        z.enum(["sandbox", "aliyun"], {
          error:
            'ESA_BACKEND must be "sandbox" (the local simulator) or "aliyun" (the real service), or left unset to choose automatically.',
        }),
      ),
    ),
    ESA_ENDPOINT: optionalVar(
      z.string().superRefine((value, ctx) => {
        const problem = endpointProblem(value);
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      }),
    ),
    ESA_PROTOCOL: optionalVar(
      z.preprocess(
        (v) => (typeof v === "string" ? v.toUpperCase() : v),
        z.enum(["HTTPS", "HTTP"], {
          error: 'ESA_PROTOCOL must be "HTTPS" (the default) or "HTTP".',
        }),
      ),
    ),
    ESA_CONNECT_TIMEOUT_MS: optionalVar(
      intInRange("ESA_CONNECT_TIMEOUT_MS", 100, 60_000, "milliseconds"),
    ),
    ESA_READ_TIMEOUT_MS: optionalVar(
      intInRange("ESA_READ_TIMEOUT_MS", 100, 300_000, "milliseconds"),
    ),
    ESA_SANDBOX_PORT: optionalVar(
      intInRange("ESA_SANDBOX_PORT", 0, 65_535, "a TCP port (0 picks a free one)"),
    ),
    ESA_SANDBOX_ACCESS_KEY_ID: optionalVar(
      z.string().regex(/^[A-Za-z0-9._-]{1,128}$/, {
        error:
          "ESA_SANDBOX_ACCESS_KEY_ID must be 1-128 letters, digits, dots, dashes or underscores.",
      }),
    ),
    // The message must never echo the value: it is a secret even when it is a sandbox one.
    ESA_SANDBOX_ACCESS_KEY_SECRET: optionalVar(
      z.string().regex(/^\S{1,256}$/, {
        error:
          "ESA_SANDBOX_ACCESS_KEY_SECRET must be 1-256 characters without spaces (its value is not shown).",
      }),
    ),
    ESA_SANDBOX_CONTROL: optionalVar(
      // Same two values the standalone sandbox CLI accepts (lib/sandbox/cli-config.ts).
      z.enum(["1", "0"], {
        error:
          'ESA_SANDBOX_CONTROL must be "1" to enable the sandbox fault-control interface (tests only) or "0".',
      }),
    ),
    ESA_SANDBOX_SEED: optionalVar(
      z.preprocess(
        lower,
        z.enum(["demo", "large"], {
          error:
            'ESA_SANDBOX_SEED must be "demo" (a few apps, the default) or "large" (many apps, for paging).',
        }),
      ),
    ),
    ESA_SANDBOX_CREATING_DELAY_MS: optionalVar(
      intInRange("ESA_SANDBOX_CREATING_DELAY_MS", 0, 600_000, "milliseconds"),
    ),
    ESA_SANDBOX_ROLLOUT_STEP_MS: optionalVar(
      intInRange("ESA_SANDBOX_ROLLOUT_STEP_MS", 0, 600_000, "milliseconds"),
    ),
    // Read only to choose the backend automatically; the credential chain reads it itself.
    ALIBABA_CLOUD_ACCESS_KEY_ID: optionalVar(z.string()),
    ...portalEnvShape,
    ...opsEnvShape,
  })
  .superRefine((env, ctx) => {
    for (const message of portalEnvProblems(env)) ctx.addIssue({ code: "custom", message });
  });

export type EsaBackend = "sandbox" | "aliyun";

export interface ServerConfig {
  backend: EsaBackend;
  /** Whether ESA_BACKEND chose the backend or it was inferred from the other variables. */
  backendChosenBy: "ESA_BACKEND" | "auto";
  /** host[:port] without scheme; used in aliyun mode only. */
  endpoint: string;
  protocol: "HTTPS" | "HTTP";
  connectTimeoutMs: number;
  readTimeoutMs: number;
  sandbox: {
    port: number;
    accessKeyId: string;
    accessKeySecret: string;
    controlEnabled: boolean;
    seed: "demo" | "large";
    creatingDelayMs: number;
    /** One step of a sandbox release (a staging phase, 25 points of production traffic). */
    rolloutStepMs: number;
  };
  /** Database, sign-in, single sign-on and audit retention (lib/config/portal-env.ts). */
  portal: PortalConfig;
  /** Log level, metrics token, shutdown grace (lib/config/ops-env.ts). */
  ops: OpsConfig;
}

export function toServerConfig(env: z.output<typeof envSchema>): ServerConfig {
  const inferred: EsaBackend =
    env.ESA_ENDPOINT || env.ALIBABA_CLOUD_ACCESS_KEY_ID ? "aliyun" : "sandbox";
  return {
    backend: env.ESA_BACKEND ?? inferred,
    backendChosenBy: env.ESA_BACKEND ? "ESA_BACKEND" : "auto",
    endpoint: env.ESA_ENDPOINT ?? DEFAULT_ESA_ENDPOINT,
    protocol: env.ESA_PROTOCOL ?? "HTTPS",
    // Both set explicitly: openapi-client defaults them to 3 s, and connectTimeout doubles as the
    // idle timeout while the service is answering (esa-api-facts.md, section 2).
    connectTimeoutMs: env.ESA_CONNECT_TIMEOUT_MS ?? 5_000,
    readTimeoutMs: env.ESA_READ_TIMEOUT_MS ?? 10_000,
    sandbox: {
      port: env.ESA_SANDBOX_PORT ?? 0,
      accessKeyId: env.ESA_SANDBOX_ACCESS_KEY_ID ?? SANDBOX_ACCESS_KEY_ID,
      accessKeySecret: env.ESA_SANDBOX_ACCESS_KEY_SECRET ?? SANDBOX_ACCESS_KEY_SECRET,
      controlEnabled: env.ESA_SANDBOX_CONTROL === "1",
      seed: env.ESA_SANDBOX_SEED ?? "demo",
      creatingDelayMs: env.ESA_SANDBOX_CREATING_DELAY_MS ?? DEFAULT_CREATING_DELAY_MS,
      rolloutStepMs: env.ESA_SANDBOX_ROLLOUT_STEP_MS ?? DEFAULT_ROLLOUT_STEP_MS,
    },
    portal: toPortalConfig(env),
    ops: toOpsConfig(env),
  };
}
