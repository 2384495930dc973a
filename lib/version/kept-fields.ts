import type { z } from "zod";

import { msg } from "@/lib/i18n/message-ref";

import { LIMITS, type ProbeType } from "./constants";

// Kept but not sent: the fields of probe types that are not selected, and the registry details of
// an image that is not a Container Registry image. The form keeps them so that switching back
// loses nothing; they are never sent, but their length is still bounded (hostile input), and a
// refusal must be visible on the control the person can see. schema.ts calls these checks from
// containerFormSchema's refinement.

/** What these checks read of a container (containerFormSchema's values fit it). */
export type KeptSource = {
  probeType: ProbeType;
  acr: Record<(typeof ACR_TEXT_FIELDS)[number], string>;
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
    message: msg("validation.probe.tooManyHeaders", { max }),
  });
  if (c.probeType !== "httpGet")
    ctx.addIssue({
      code: "custom",
      path: ["probeType"],
      message: msg("validation.probe.keptHeaders", { count, max }),
    });
}

/** A kept value, what to call it in a message, its bound, and how a person brings it on screen
 * (`what` and `reveal` are message references: lib/i18n/message-ref.ts). */
export type KeptField = {
  path: (string | number)[];
  what: string;
  value: string;
  max: number;
  reveal: string;
};

/** The registry details that are text (all but isEnterpriseRegistry). */
export const ACR_TEXT_FIELDS = [
  "domain",
  "instanceId",
  "regionId",
  "repoId",
  "repoName",
  "repoNamespace",
  "tag",
  "tagUrl",
] as const;

const keptName = (name: string, values?: { n: number }) =>
  msg(`validation.kept.fields.${name}`, values);

export function keptAcrFields(c: KeptSource): KeptField[] {
  return ACR_TEXT_FIELDS.map((k) => ({
    path: ["acr", k],
    what: keptName(k),
    value: c.acr[k],
    max: LIMITS.acrField.max,
    reveal: msg("validation.kept.revealAcr"),
  }));
}

export function keptProbeFields(p: KeptSource["probe"], type: ProbeType): KeptField[] {
  const at = (path: (string | number)[], what: string, value: string, max: number): KeptField => ({
    path: ["probe", type, ...path],
    what,
    value,
    max,
    reveal: msg("validation.kept.revealProbeType", { type }),
  });
  if (type === "exec")
    return [at(["command"], keptName("execCommand"), p.exec.command, LIMITS.commandLine.max)];
  if (type === "tcpSocket")
    return [at(["port"], keptName("tcpSocketPort"), p.tcpSocket.port, KEPT_PORT_MAX)];
  return [
    at(["path"], keptName("httpGetPath"), p.httpGet.path, LIMITS.probePath.max),
    at(["port"], keptName("httpGetPort"), p.httpGet.port, KEPT_PORT_MAX),
    at(["host"], keptName("httpGetHost"), p.httpGet.host, LIMITS.probeHost.max),
    ...p.httpGet.headers.flatMap((h, i) => [
      at(
        ["headers", i, "name"],
        keptName("httpGetHeaderName", { n: i + 1 }),
        h.name,
        LIMITS.headers.nameMax,
      ),
      at(
        ["headers", i, "value"],
        keptName("httpGetHeaderValue", { n: i + 1 }),
        h.value,
        LIMITS.headers.valueMax,
      ),
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
      message: msg("validation.kept.tooLong", { max: f.max }),
    });
  const first = over[0];
  if (first)
    ctx.addIssue({
      code: "custom",
      path: visibleAt,
      message: msg("validation.kept.hidden", {
        field: first.what,
        max: first.max,
        reveal: first.reveal,
      }),
    });
}
