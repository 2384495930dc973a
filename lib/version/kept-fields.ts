import type { z } from "zod";

import { LIMITS, type ProbeType } from "./constants";

// Kept but not sent: the fields of probe types that are not selected, and the registry details of
// an image that is not a Container Registry image. The form keeps them so that switching back
// loses nothing; they are never sent, but their length is still bounded (hostile input), and a
// refusal must be visible on the control the person can see. schema.ts calls these checks from
// containerFormSchema's refinement.

/** What these checks read of a container (containerFormSchema's values fit it). */
export type KeptSource = {
  probeType: ProbeType;
  acr: Record<keyof typeof ACR_FIELD_NAMES, string>;
  probe: {
    exec: { command: string };
    tcpSocket: { port: string };
    httpGet: {
      path: string;
      port: string;
      host: string;
      headers: readonly { name: string; value: string }[];
    };
  };
};

/** At most 20 probe headers, selected or kept: while httpGet is not selected, the list is hidden,
 * so the probe type picker says it too. */
export function checkHeaderCount(ctx: z.RefinementCtx, c: KeptSource) {
  const count = c.probe.httpGet.headers.length;
  const max = LIMITS.headers.maxHeaders;
  if (count <= max) return;
  ctx.addIssue({
    code: "custom",
    path: ["probe", "httpGet", "headers"],
    message: `Use at most ${max} probe headers.`,
  });
  if (c.probeType !== "httpGet")
    ctx.addIssue({
      code: "custom",
      path: ["probeType"],
      message: `The httpGet probe keeps ${count} headers from earlier, more than ${max}. Select httpGet to remove some.`,
    });
}

/** A kept value, what to call it in a message, its bound, and how a person brings it on screen. */
export type KeptField = {
  path: (string | number)[];
  what: string;
  value: string;
  max: number;
  reveal: string;
};

const ACR_FIELD_NAMES = {
  domain: "registry domain",
  instanceId: "registry instance ID",
  regionId: "registry region ID",
  repoId: "registry repository ID",
  repoName: "registry repository name",
  repoNamespace: "registry repository namespace",
  tag: "registry tag",
  tagUrl: "registry tag URL",
} as const;

export function keptAcrFields(c: KeptSource): KeptField[] {
  return (Object.keys(ACR_FIELD_NAMES) as (keyof typeof ACR_FIELD_NAMES)[]).map((k) => ({
    path: ["acr", k],
    what: ACR_FIELD_NAMES[k],
    value: c.acr[k],
    max: LIMITS.acrField.max,
    reveal: "Turn on Container Registry image",
  }));
}

export function keptProbeFields(p: KeptSource["probe"], type: ProbeType): KeptField[] {
  const at = (path: (string | number)[], what: string, value: string, max: number): KeptField => ({
    path: ["probe", type, ...path],
    what: `${type} ${what}`,
    value,
    max,
    reveal: `Select ${type}`,
  });
  if (type === "exec")
    return [at(["command"], "probe command", p.exec.command, LIMITS.commandLine.max)];
  if (type === "tcpSocket") return [at(["port"], "port", p.tcpSocket.port, KEPT_PORT_MAX)];
  return [
    at(["path"], "path", p.httpGet.path, LIMITS.probePath.max),
    at(["port"], "port", p.httpGet.port, KEPT_PORT_MAX),
    at(["host"], "host", p.httpGet.host, LIMITS.probeHost.max),
    ...p.httpGet.headers.flatMap((h, i) => [
      at(["headers", i, "name"], `header ${i + 1} name`, h.name, LIMITS.headers.nameMax),
      at(["headers", i, "value"], `header ${i + 1} value`, h.value, LIMITS.headers.valueMax),
    ]),
  ];
}

/** A port is at most 5 digits; a kept one may carry a few leading zeros or stray characters. */
const KEPT_PORT_MAX = 16;

/**
 * Kept fields still have a length bound. Each over-long one is reported on its own path (where it
 * shows once it is on screen again) and the first one also on the control the person can see (the
 * probe type picker, the registry switch), saying which value it is and how to reach it: without
 * that, Create version would refuse with no error on screen.
 */
export function checkKept(ctx: z.RefinementCtx, fields: KeptField[], visibleAt: string[]) {
  const over = fields.filter((f) => f.value.length > f.max);
  for (const f of over)
    ctx.addIssue({
      code: "custom",
      path: f.path,
      message: `This value is longer than ${f.max} characters.`,
    });
  const first = over[0];
  if (first)
    ctx.addIssue({
      code: "custom",
      path: visibleAt,
      message: `The ${first.what} kept from earlier is longer than ${first.max} characters. ${first.reveal} to shorten or clear it.`,
    });
}
