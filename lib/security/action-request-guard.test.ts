import { allInEnglish } from "@/lib/testing/i18n";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { NextConfig } from "next";
import { describe, expect, it } from "vitest";
import {
  ACTION_BODY_LIMIT_BYTES,
  MAX_ACTION_NESTING,
  nestingDepth,
  refuseActionBody,
  refuseActionHeaders,
} from "./action-request-guard";

const bytes = (text: string) => new TextEncoder().encode(text);
const parseSize = createRequire(import.meta.url)("next/dist/compiled/bytes").parse as (
  s: string,
) => number;

describe("refuseActionHeaders", () => {
  it("uses the same limit Next applies from next.config.mjs", async () => {
    const configUrl = pathToFileURL(resolve(__dirname, "../../next.config.mjs")).href;
    const nextConfig = ((await import(configUrl)) as { default: NextConfig }).default;
    const limit = nextConfig.experimental?.serverActions?.bodySizeLimit;
    expect(typeof limit).toBe("string");
    expect(parseSize(limit as string)).toBe(ACTION_BODY_LIMIT_BYTES);
  });

  it("refuses form bodies, which these actions never take", () => {
    expect(refuseActionHeaders("multipart/form-data; boundary=x", null)?.status).toBe(415);
    expect(refuseActionHeaders("application/x-www-form-urlencoded", "10")?.status).toBe(415);
  });

  it("refuses a declared length over the limit and lets the rest through", () => {
    expect(refuseActionHeaders("text/plain", String(ACTION_BODY_LIMIT_BYTES + 1))?.status).toBe(
      413,
    );
    expect(
      refuseActionHeaders("text/plain;charset=UTF-8", String(ACTION_BODY_LIMIT_BYTES)),
    ).toBeNull();
    expect(refuseActionHeaders(null, null)).toBeNull();
  });
});

describe("refuseActionBody", () => {
  it("accepts what React's encodeReply sends for form values", () => {
    const body = JSON.stringify([
      {
        name: "v1",
        remarks: "$$HOME",
        n: "$NaN",
        u: "$undefined",
        d: "$D2025-01-01T00:00:00.000Z",
      },
    ]);
    expect(refuseActionBody(bytes(body))).toBeNull();
  });

  it("refuses a body over the limit, counted in bytes", () => {
    const body = bytes(`["${"é".repeat(ACTION_BODY_LIMIT_BYTES / 2)}"]`);
    expect(allInEnglish(refuseActionBody(body))).toMatchObject({
      status: 413,
      message: expect.stringMatching(/2 MiB/),
    });
  });

  it("refuses text that is not JSON or not UTF-8", () => {
    for (const body of [bytes("not json{"), bytes(""), new Uint8Array([0x5b, 0xff, 0x5d])])
      expect(allInEnglish(refuseActionBody(body))).toMatchObject({
        status: 400,
        message: expect.stringMatching(/not valid JSON/),
      });
  });

  it("refuses nesting past the bound without recursing", () => {
    const deep = "[".repeat(200_000) + "]".repeat(200_000);
    expect(allInEnglish(refuseActionBody(bytes(deep)))).toMatchObject({
      status: 400,
      message: expect.stringMatching(/nested deeper/),
    });
    const atBound = "[".repeat(MAX_ACTION_NESTING) + "]".repeat(MAX_ACTION_NESTING);
    expect(refuseActionBody(bytes(atBound))).toBeNull();
  });

  it("counts brackets inside strings as text", () => {
    expect(nestingDepth('["[[[{", {"a": "\\"[["}]')).toBe(2);
  });

  it("refuses React references the request does not carry", () => {
    for (const forged of [
      "$h1",
      "$F1",
      "$@1",
      "$Q2",
      "$W2",
      "$K1",
      "$B1",
      "$T",
      "$1",
      "$i3",
      "$R4",
      "$n1x",
    ])
      expect(
        allInEnglish(refuseActionBody(bytes(JSON.stringify([{ a: [forged] }])))),
        forged,
      ).toMatchObject({
        status: 400,
        message: expect.stringMatching(/React reference/),
      });
  });
});
