// Body transport: the sandbox must read bodies sent chunked (as the SDKs do) or with a
// Content-Length, however they are split into packets.
import * as $Esa from "@alicloud/esa20240910";
import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCaptureServer } from "@/lib/testing/capture-server";
import { createRequest, SHOP_APP_ID } from "@/lib/testing/sdk-fixtures";
import { sdkClientFor } from "@/lib/testing/sdk-test-client";
import { startSandbox, type RunningSandbox } from "./server";
import type { SignedRequest } from "./gateway/signature";

let sandbox: RunningSandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
});
afterAll(async () => {
  await sandbox.close();
});

/** Has the SDK sign a create call with the sandbox's keys, capturing it instead of sending it on. */
async function signedCreate(name: string): Promise<SignedRequest> {
  const capture = await startCaptureServer();
  try {
    const client = sdkClientFor({ ...sandbox, endpoint: capture.endpoint });
    await client.createEdgeContainerAppVersion(createRequest({ name }));
    const captured = capture.requests[0];
    if (!captured) throw new Error("nothing captured");
    return captured;
  } finally {
    await capture.close();
  }
}

/** Replays a captured request to the sandbox, writing the body in `pieces` separate writes. */
function replay(captured: SignedRequest, mode: "chunked" | "content-length", pieces: number) {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(captured.headers)) {
    if (value === undefined || name === "transfer-encoding" || name === "content-length") continue;
    headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  if (mode === "content-length") headers["content-length"] = String(captured.body.length);
  else headers["transfer-encoding"] = "chunked";

  return new Promise<{ status: number; body: Record<string, unknown> }>((resolve, reject) => {
    const req = httpRequest(
      {
        host: sandbox.host,
        port: sandbox.port,
        method: captured.method,
        path: captured.url,
        headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            body: JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>,
          }),
        );
      },
    );
    req.on("error", reject);
    const size = Math.ceil(captured.body.length / pieces);
    let offset = 0;
    const writeNext = () => {
      if (offset >= captured.body.length) return void req.end();
      req.write(captured.body.subarray(offset, offset + size));
      offset += size;
      // A pause between writes makes each piece arrive as its own packet / chunk.
      setTimeout(writeNext, 20);
    };
    writeNext();
  });
}

describe("request bodies", () => {
  it("the SDK really sends its form body chunked, without Content-Length", async () => {
    const captured = await signedCreate("probe-transport");
    expect(captured.headers["transfer-encoding"]).toEqual(["chunked"]);
    expect(captured.headers["content-length"]).toBeUndefined();
  });

  it("reads a chunked body that arrives in several chunks", async () => {
    const { status, body } = await replay(await signedCreate("chunked-in-pieces"), "chunked", 4);
    expect(status).toBe(200);
    expect(sandbox.store.getVersion(SHOP_APP_ID, String(body.VersionId))?.Name).toBe(
      "chunked-in-pieces",
    );
  });

  it("reads a Content-Length body that arrives in several packets", async () => {
    const { status, body } = await replay(
      await signedCreate("sized-in-pieces"),
      "content-length",
      3,
    );
    expect(status).toBe(200);
    expect(sandbox.store.getVersion(SHOP_APP_ID, String(body.VersionId))?.Name).toBe(
      "sized-in-pieces",
    );
  });

  it("rejects a replay of an already used request as SignatureNonceUsed", async () => {
    const captured = await signedCreate("replayed-once");
    expect((await replay(captured, "chunked", 1)).status).toBe(200);
    const again = await replay(captured, "chunked", 1);
    expect(again).toMatchObject({ status: 400, body: { Code: "SignatureNonceUsed" } });
  });

  it("still answers GET calls that carry no body at all", async () => {
    const client = sdkClientFor(sandbox);
    const { body } = await client.getEdgeContainerApp(
      new $Esa.GetEdgeContainerAppRequest({ appId: SHOP_APP_ID }),
    );
    expect(body?.app?.name).toBe("shop-frontend");
  });
});
