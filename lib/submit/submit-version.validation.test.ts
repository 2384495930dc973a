import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import type { EsaError } from "@/lib/esa/errors";
import { buildCreateVersionParams } from "@/lib/version/build-params";
import { parseEnvText } from "@/lib/version/env-text";
import { versionFormSchema } from "@/lib/version/request-schema";
import { type VersionForm } from "@/lib/version/schema";
import { fieldErrorsForServiceError } from "@/lib/version/service-error-fields";
import { validVersion } from "@/lib/testing/version-fixtures";

import { startSubmitHarness, type SubmitHarness } from "@/lib/testing/sandbox-submit-harness";
import { allInEnglish, inLocale } from "@/lib/testing/i18n";

// The server path when the browser's validation is bypassed: submitVersion (what the server
// action calls) gets each input the editor refuses, answers with the very field errors the shared
// schema gives, and sends nothing to the service. Then the service errors that the schema blocks
// client-side, provoked on a real sandbox round trip and mapped back onto their fields.

let h: SubmitHarness;
beforeAll(async () => {
  h = await startSubmitHarness();
});
afterAll(() => h.close());
beforeEach(() => h.reset());

/** validVersion() holds [httpGet + ACR image, exec, tcpSocket] containers. */
const HTTP = 0;
const EXEC = 1;
const TCP = 2;

const base = (): VersionForm => ({ ...validVersion(), appId: h.appId });

type Case = [what: string, path: string, mutate: (v: VersionForm) => void];

const invalidInputs: Case[] = [
  ["version name too short", "name", (v) => void (v.name = "abc")],
  ["version name too long", "name", (v) => void (v.name = "r".repeat(129))],
  ["remarks too long", "remarks", (v) => void (v.remarks = "x".repeat(1025))],
  ["container name shape", `containers.${EXEC}.name`, (v) => void (v.containers[EXEC]!.name = "Web_Server")],
  ["duplicate container names", `containers.${TCP}.name`, (v) => void (v.containers[TCP]!.name = v.containers[HTTP]!.name)],
  ["image with @", `containers.${EXEC}.image`, (v) => void (v.containers[EXEC]!.image = "busybox@sha256:0123abcd")],
  ["image with a space", `containers.${TCP}.image`, (v) => void (v.containers[TCP]!.image = "redis :7")],
  ["empty image", `containers.${TCP}.image`, (v) => void (v.containers[TCP]!.image = "")],
  ["tcpSocket port 0", `containers.${TCP}.probe.tcpSocket.port`, (v) => void (v.containers[TCP]!.probe.tcpSocket.port = "0")],
  ["tcpSocket port 70000", `containers.${TCP}.probe.tcpSocket.port`, (v) => void (v.containers[TCP]!.probe.tcpSocket.port = "70000")],
  ["tcpSocket port abc", `containers.${TCP}.probe.tcpSocket.port`, (v) => void (v.containers[TCP]!.probe.tcpSocket.port = "abc")],
  ["httpGet without a path", `containers.${HTTP}.probe.httpGet.path`, (v) => void (v.containers[HTTP]!.probe.httpGet.path = "")],
  ["httpGet without a port", `containers.${HTTP}.probe.httpGet.port`, (v) => void (v.containers[HTTP]!.probe.httpGet.port = "")],
  ["exec without a command", `containers.${EXEC}.probe.exec.command`, (v) => void (v.containers[EXEC]!.probe.exec.command = "  ")],
  ["timeout of 0 s", `containers.${HTTP}.probe.timeoutSeconds`, (v) => void (v.containers[HTTP]!.probe.timeoutSeconds = "0")],
  ["initial delay above 3600 s", `containers.${EXEC}.probe.initialDelaySeconds`, (v) => void (v.containers[EXEC]!.probe.initialDelaySeconds = "3601")],
  ["failure threshold not a number", `containers.${TCP}.probe.failureThreshold`, (v) => void (v.containers[TCP]!.probe.failureThreshold = "ten")],
  ["env key of a bad shape", `containers.${HTTP}.env.0.key`, (v) => void (v.containers[HTTP]!.env[0]!.key = "1BAD-KEY")],
  ["env value with a comma", `containers.${HTTP}.env.1.value`, (v) => void (v.containers[HTTP]!.env[1]!.value = "a,b")],
  ["duplicate env keys", `containers.${HTTP}.env.1.key`, (v) => void (v.containers[HTTP]!.env[1]!.key = v.containers[HTTP]!.env[0]!.key)],
  [
    "env text with a line that is not KEY=VALUE",
    `containers.${EXEC}.env.1.key`,
    (v) => void (v.containers[EXEC]!.env = parseEnvText("# from the text mode\nQUEUE=jobs\nno equals sign").rows),
  ],
  ["probe header value with @", `containers.${HTTP}.probe.httpGet.headers.1.value`, (v) => void (v.containers[HTTP]!.probe.httpGet.headers[1]!.value = "ops@example.com")],
  ["ACR region ID malformed, ACR switch on", `containers.${HTTP}.acr.regionId`, (v) => void (v.containers[HTTP]!.acr.regionId = "Hangzhou")],
];

describe("submitVersion with the browser's validation bypassed", () => {
  it.each(invalidInputs)("%s: the schema's error on %s, nothing sent", async (_what, path, mutate) => {
    const input = base();
    mutate(input);
    const schema = versionFormSchema.safeParse(input);
    expect(schema.success).toBe(false);
    const expected = schema.error!.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
    // Each case breaks exactly the one rule it names.
    expect(expected.map((e) => e.path)).toEqual([path]);

    const result = await h.submitVersion(structuredClone(input));

    expect(result).toMatchObject({ ok: false, code: "ValidationFailed" });
    expect(result.ok ? undefined : result.fieldErrors).toEqual(expected);
    expect(await h.createRequests()).toEqual([]);
  });

  it("a malformed ACR region ID is not judged, and is sent without ACRImageInfo, when the ACR switch is off", async () => {
    const input = base();
    input.name = "release-acr-off";
    input.containers[HTTP]!.acr.regionId = "Hangzhou";
    input.containers[HTTP]!.isAcrImage = false;
    const result = await h.submitVersion(input);
    expect(result).toMatchObject({ ok: true });
    const creates = await h.createRequests();
    expect(creates).toHaveLength(1);
    const sent = JSON.parse(creates[0]!.body.Containers!) as Record<string, unknown>[];
    expect(sent[HTTP]).not.toHaveProperty("ACRImageInfo");
  });

  it("the valid base goes through: the request log would show a create if one were sent", async () => {
    const result = await h.submitVersion({ ...base(), name: "release-valid-base" });
    expect(result).toMatchObject({ ok: true, alreadyCreated: false });
    expect(await h.createRequests()).toHaveLength(1);
  });
});

describe("service errors mapped onto form fields", () => {
  const operations = () => import("@/lib/esa/operations");

  /** Sends wire params the client schema would never let through, and returns what lib/esa throws. */
  async function createRejected(values: VersionForm, tamper: (containers: Record<string, unknown>[]) => void): Promise<EsaError> {
    const params = buildCreateVersionParams(values);
    const containers = JSON.parse(params.Containers) as Record<string, unknown>[];
    tamper(containers);
    const { createVersion } = await operations();
    const error = await createVersion({ ...params, Containers: JSON.stringify(containers) }).then(
      () => undefined,
      (e: unknown) => e as EsaError,
    );
    expect(error).toBeDefined();
    return error!;
  }

  it("InvalidParameter.Image for an @ in the 2nd container lands on containers.1.image", async () => {
    const values = { ...base(), name: "release-image-at" };
    const error = await createRejected(values, (c) => void (c[1]!.Image = "busybox@sha256:0123abcd"));
    expect(error).toMatchObject({ kind: "service", code: "InvalidParameter.Image", httpStatus: 400 });
    expect(error.serviceMessage).toContain("Containers[1].Image");
    // The form values hold no "@" at all: the index can only come from the service's message.
    const fields = fieldErrorsForServiceError(error.code, error.serviceMessage!, values);
    expect(allInEnglish(fields)).toEqual([{ path: "containers.1.image", message: expect.stringContaining(error.serviceMessage!) }]);
    expect(inLocale("zh-CN", fields![0]!.message)).toBe(
      `ESA 拒绝了此镜像（镜像中不能包含 @ 等字符）：${error.serviceMessage!}`,
    );
    const [logged] = await h.createRequests();
    expect(logged).toMatchObject({ status: 400, code: "InvalidParameter.Image" });
  });

  it("InvalidParameter.HttpHeaders for an @ in the 2nd container's headers lands on its header list", async () => {
    const values = base();
    values.name = "release-headers-at";
    values.containers = [values.containers[TCP]!, values.containers[HTTP]!, values.containers[EXEC]!];
    const error = await createRejected(values, (c) => {
      (c[1]!.ProbeContent as Record<string, unknown>).HttpHeaders = '[{"X-Owner":"ops@example.com"}]';
    });
    expect(error).toMatchObject({ kind: "service", code: "InvalidParameter.HttpHeaders", httpStatus: 400 });
    const fields = fieldErrorsForServiceError(error.code, error.serviceMessage!, values);
    expect(allInEnglish(fields)).toEqual([{ path: "containers.1.probe.httpGet.headers", message: expect.stringContaining(error.serviceMessage!) }]);
  });

  it("without an index in the message, the container the client rules also object to is chosen", () => {
    const values = base();
    values.containers[EXEC]!.image = "busybox@sha256:0123abcd";
    expect(allInEnglish(fieldErrorsForServiceError("InvalidParameter.Image", "The specified Image is invalid.", values))).toEqual([
      { path: `containers.${EXEC}.image`, message: expect.stringContaining("The specified Image is invalid.") },
    ]);
    values.containers[HTTP]!.probe.httpGet.headers[0]!.value = "a@b";
    expect(allInEnglish(fieldErrorsForServiceError("InvalidParameter.HttpHeaders", "The specified HttpHeaders is invalid.", values))).toEqual([
      { path: `containers.${HTTP}.probe.httpGet.headers`, message: expect.stringContaining("HttpHeaders is invalid") },
    ]);
  });

  it("NameAlreadyExists with different content lands on name; InvalidApp.NotFound on appId", async () => {
    const seeded = h.sandbox.store.listVersions(h.appId)![0]!;
    const taken = allInEnglish(await h.submitVersion({ ...base(), name: seeded.Name }));
    expect(taken).toMatchObject({ ok: false, code: "NameAlreadyExists" });
    expect(taken.ok ? undefined : taken.fieldErrors).toEqual([
      { path: "name", message: `Version ${seeded.VersionId} already uses this name with different content. Choose a different name.` },
    ]);

    const unknown = allInEnglish(
      await h.submitVersion({ ...base(), appId: "app-000000000000000000999", name: "release-nobody" }),
    );
    expect(unknown).toMatchObject({ ok: false, code: "InvalidApp.NotFound" });
    expect(unknown.ok ? undefined : unknown.fieldErrors).toEqual([
      { path: "appId", message: "ESA has no application with this ID. Choose an application from the list." },
    ]);
  });
});
