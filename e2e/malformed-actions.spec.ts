import { readFileSync } from "node:fs";
import { join } from "node:path";

import type { APIRequestContext, APIResponse } from "@playwright/test";

import { validVersion } from "../lib/testing/version-fixtures";
import { APP_ORIGIN } from "./support/constants";
import { expect, test } from "./support/fixtures";
import { translatorFor } from "./support/i18n";
import { editorPath, SHOP } from "./support/seed";

// Server-action requests that no browser running this app sends: each is refused with a 4xx and
// a sentence saying what is wrong (not a 500 with a digest), nothing reaches ESA, and the server
// keeps answering.

const DIST_DIR = process.env.NEXT_DIST_DIR || ".next";
const MIB = 1024 * 1024;

/** The id Next gave an action of the editor page in this build. */
function actionId(name: "createVersionAction" | "validateVersionAction"): string {
  const manifest = JSON.parse(
    readFileSync(join(DIST_DIR, "server", "server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { exportedName?: string; filename?: string }> };
  const entry = Object.entries(manifest.node).find(
    ([, v]) => v.exportedName === name && v.filename?.includes("versions/new/actions"),
  );
  if (!entry) throw new Error(`${name} is not in the server reference manifest`);
  return entry[0];
}

function postAction(
  request: APIRequestContext,
  body: string | Buffer,
  { contentType = "text/plain;charset=UTF-8", id = actionId("createVersionAction") } = {},
): Promise<APIResponse> {
  return request.post(editorPath(SHOP), {
    headers: {
      Origin: APP_ORIGIN,
      "Next-Action": id,
      Accept: "text/x-component",
      "Content-Type": contentType,
    },
    data: body,
    maxRedirects: 0,
  });
}

async function expectRefused(response: APIResponse, status: number, message: RegExp) {
  expect(response.status()).toBe(status);
  // text/plain exactly: Next's client shows such a body as the error's message.
  expect(response.headers()["content-type"]).toBe("text/plain");
  const text = await response.text();
  expect(text).toMatch(message);
  expect(text).not.toMatch(/digest|stack|node_modules/i);
}

/** The server still serves pages and runs a well-formed action. */
async function expectStillAnswering(request: APIRequestContext) {
  expect((await request.get("/apps")).status()).toBe(200);
  const valid = await postAction(
    request,
    JSON.stringify([{ ...validVersion(), appId: SHOP, name: "after-malformed-1" }]),
    { id: actionId("validateVersionAction") },
  );
  expect(valid.status()).toBe(200);
  expect(await valid.text()).toMatch(/"ok":true/);
}

test.afterEach(async ({ sandbox }) => {
  expect(await sandbox.requests("CreateEdgeContainerAppVersion")).toEqual([]);
});

test("a body that is not JSON is refused with 400", async ({ request }) => {
  await expectRefused(await postAction(request, "not json{"), 400, /not valid JSON/);
  await expectRefused(await postAction(request, ""), 400, /not valid JSON/);
  await expectStillAnswering(request);
});

test("the refusal is in the requester's language", async ({ playwright, t }) => {
  const zh = translatorFor("zh-CN");
  for (const [cookie, acceptLanguage, expected] of [
    ["", "zh-CN,zh;q=0.9", zh("security.action.invalidJson")],
    ["STUDIO_LOCALE=zh-CN", "en-US", zh("security.action.invalidJson")],
    ["STUDIO_LOCALE=en", "zh-CN", t("security.action.invalidJson")],
  ] as const) {
    const request = await playwright.request.newContext({
      baseURL: APP_ORIGIN,
      extraHTTPHeaders: { "Accept-Language": acceptLanguage, ...(cookie ? { Cookie: cookie } : {}) },
    });
    const response = await postAction(request, "not json{");
    expect(response.status()).toBe(400);
    expect(await response.text()).toBe(expected);
    await request.dispose();
  }
});

test("a body over the 2 MiB limit is refused with 413", async ({ request }) => {
  const big = JSON.stringify([{ ...validVersion(), appId: SHOP, remarks: "x".repeat(2 * MIB) }]);
  await expectRefused(await postAction(request, big), 413, /larger than 2 MiB/);
  await expectStillAnswering(request);
});

test("very deep nesting is refused with 400", async ({ request }) => {
  const depth = 100_000;
  await expectRefused(
    await postAction(request, "[".repeat(depth) + "]".repeat(depth)),
    400,
    /nested deeper than \d+ levels/,
  );
  const deepObject = '{"a":'.repeat(5000) + "1" + "}".repeat(5000);
  await expectRefused(await postAction(request, `[${deepObject}]`), 400, /nested deeper/);
  await expectStillAnswering(request);
});

test("a forged React reference is refused with 400", async ({ request }) => {
  // A server function, a promise, a Map and a chunk that the request does not carry.
  for (const forged of ['["$h1"]', '["$F1"]', '["$@1"]', '[{"a":"$Q2"}]', '["$1"]', '["$T"]']) {
    await expectRefused(await postAction(request, forged), 400, /reference/);
  }
  // The same through a multipart body, which this app's actions never receive.
  const boundary = "----forged";
  const multipart = [
    `--${boundary}`,
    'Content-Disposition: form-data; name="0"',
    "",
    '["$h1"]',
    `--${boundary}`,
    'Content-Disposition: form-data; name="1"',
    "",
    '{"id":"0000000000000000000000000000000000000000aa","bound":null}',
    `--${boundary}--`,
    "",
  ].join("\r\n");
  await expectRefused(
    await postAction(request, multipart, {
      contentType: `multipart/form-data; boundary=${boundary}`,
    }),
    415,
    /text\/plain/,
  );
  await expectStillAnswering(request);
});

test("escaped strings that merely start with $ are still accepted", async ({ request }) => {
  // React escapes a leading $ as $$: a value such as "$HOME" must reach the action unharmed.
  const values = { ...validVersion(), appId: SHOP, name: "dollar-check-1", remarks: "$$HOME" };
  const response = await postAction(request, JSON.stringify([values]), {
    id: actionId("validateVersionAction"),
  });
  expect(response.status()).toBe(200);
  expect(await response.text()).toMatch(/"ok":true/);
});
