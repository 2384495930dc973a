import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

import type { APIRequestContext, APIResponse } from "@playwright/test";

import { SANDBOX_ACCESS_KEY_SECRET } from "../lib/sandbox/defaults";
import { validVersion } from "../lib/testing/version-fixtures";
import {
  APP_ORIGIN,
  E2E_ADMIN,
  E2E_ALLOWED_ORIGIN,
  E2E_AUTH_SECRET,
  E2E_SANDBOX_SECRET,
  OIDC_CLIENT_SECRET,
} from "./support/constants";
import { expect, test } from "./support/fixtures";
import { hydrated, recordViolations } from "./support/csp";
import { actionId, DIST_DIR } from "./support/server-actions";
import { editorPath, SHOP } from "./support/seed";

// Security basics of the production build: headers, a nonce CSP the pages still work under, no
// AccessKey secret in any bundle or page, and server actions refused to other origins.

const APP_PAGE = editorPath(SHOP);
const VERSION_PAGE = `/apps/${SHOP}/versions/ver-100000000000000101`;
/** Both the secret this server runs with and the sandbox's published default must stay server-side. */
// The AccessKey secrets, the OIDC client secret, the auth secret and the administrator's password.
const SECRETS = [
  E2E_SANDBOX_SECRET,
  SANDBOX_ACCESS_KEY_SECRET,
  OIDC_CLIENT_SECRET,
  E2E_AUTH_SECRET,
  E2E_ADMIN.password,
];

function cspOf(response: APIResponse): Map<string, string[]> {
  const csp = response.headers()["content-security-policy"] ?? "";
  return new Map(
    csp.split(";").map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values] as const;
    }),
  );
}

function expectStaticSecurityHeaders(response: APIResponse): void {
  const headers = response.headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
  expect(headers["x-powered-by"]).toBeUndefined();
}

test.describe("security headers", () => {
  for (const path of ["/", "/apps", APP_PAGE]) {
    test(`${path} has the security headers and a nonce CSP its scripts carry`, async ({
      request,
    }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status()).toBeLessThan(400);
      expectStaticSecurityHeaders(response);

      const csp = cspOf(response);
      expect(csp.get("default-src")).toEqual(["'self'"]);
      expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
      expect(csp.get("base-uri")).toEqual(["'self'"]);
      expect(csp.get("form-action")).toEqual(["'self'"]);
      expect(csp.get("object-src")).toEqual(["'none'"]);
      const scriptSrc = csp.get("script-src") ?? [];
      expect(scriptSrc).toContain("'strict-dynamic'");
      expect(scriptSrc).not.toContain("'unsafe-inline'");
      expect(scriptSrc).not.toContain("'unsafe-eval'");
      const nonce = scriptSrc.find((s) => s.startsWith("'nonce-"))?.slice(7, -1);
      expect(nonce).toMatch(/^[A-Za-z0-9+/=]{16,}$/);

      if (response.status() === 200) {
        const scripts = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
        expect(scripts.length).toBeGreaterThan(0);
        for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
      }
      // A nonce is good for one response only.
      const again = cspOf(await request.get(path, { maxRedirects: 0 })).get("script-src");
      expect(again).not.toEqual(scriptSrc);
    });
  }

  test("JSON routes forbid everything and static assets are not sniffed", async ({ request }) => {
    const api = await request.get(`/api/apps/${SHOP}/versions`);
    expect(api.status()).toBe(200);
    expectStaticSecurityHeaders(api);
    expect(api.headers()["content-security-policy"]).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );

    const html = await (await request.get("/apps")).text();
    const asset = html.match(/\/_next\/static\/[^"'\s]+\.js/)?.[0];
    expect(asset).toBeDefined();
    expectStaticSecurityHeaders(await request.get(asset!));
  });
});

test.describe("the CSP keeps pages working", () => {
  test("the editor hydrates and works with no violation, and the policy is enforced", async ({
    page,
    editor,
  }) => {
    const violations = await recordViolations(page);
    await editor.open();
    await editor.versionName.fill("csp-check-1");
    await expect(page.getByText("csp-check-1").first()).toBeVisible();
    expect(await violations()).toEqual([]);

    // The browser enforces it: markup injected into the page, the way an XSS would, runs nothing.
    await page.evaluate(() => {
      document.body.insertAdjacentHTML(
        "beforeend",
        '<img src="/x.png" onerror="window.__pwned = 1">',
      );
    });
    await expect.poll(violations).toEqual([expect.stringMatching(/^script-src(-attr)? inline$/)]);
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
  });

  for (const path of [
    "/apps",
    `/apps/${SHOP}`,
    VERSION_PAGE,
    `/apps/${SHOP}/release`,
    "/no-such-page",
  ]) {
    test(`${path} hydrates with no violation`, async ({ page }) => {
      const violations = await recordViolations(page);
      await page.goto(path);
      await hydrated(page);
      expect(await violations()).toEqual([]);
    });
  }
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

test.describe("no secret reaches the browser", () => {
  test("the built client bundle holds no secret", () => {
    const files = filesUnder(join(DIST_DIR, "static"));
    expect(files.filter((f) => f.endsWith(".js")).length).toBeGreaterThan(0);
    for (const file of files) {
      const text = readFileSync(file, "latin1");
      for (const secret of SECRETS)
        expect(text.includes(secret), `${secret} in ${file}`).toBe(false);
    }
  });

  test("no page, route or error page holds a secret", async ({ request, sandbox }) => {
    const paths = [
      "/",
      "/apps",
      "/apps?q=shop&sort=name",
      `/apps/${SHOP}`,
      APP_PAGE,
      `${APP_PAGE}?from=ver-100000000000000101`,
      VERSION_PAGE,
      "/bench-empty",
      "/no-such-page",
      "/apps/app-000000000000000000000",
      `/api/apps/${SHOP}/versions`,
      `/api/apps/${SHOP}/versions/ver-100000000000000101`,
      "/admin",
      "/audit",
      "/audit?outcome=ok",
      "/sign-in",
      "/api/audit/export?format=json",
      "/api/audit/export?format=csv",
      "/api/auth/get-session",
    ];
    const seen = async (path: string) => {
      const response = await request.get(path);
      return `${JSON.stringify(response.headers())}\n${await response.text()}`;
    };
    for (const path of paths) {
      const text = await seen(path);
      for (const secret of SECRETS)
        expect(text.includes(secret), `${secret} in ${path}`).toBe(false);
    }
    // A failing service: the error page says what happened, and nothing more.
    await sandbox.injectFault("ListEdgeContainerApps", "internal-error", 3);
    const failed = await seen("/apps");
    expect(failed).toMatch(/internal error/i);
    for (const secret of SECRETS) expect(failed.includes(secret)).toBe(false);
  });
});

const createActionId = () => actionId("createVersionAction", "versions/new/actions");

/** A server action call as the browser makes it, from the page `origin` claims to be. */
function callCreateAction(request: APIRequestContext, origin: string, name: string) {
  return request.post(APP_PAGE, {
    headers: {
      Origin: origin,
      "Next-Action": createActionId(),
      Accept: "text/x-component",
      "Content-Type": "text/plain;charset=UTF-8",
    },
    data: JSON.stringify([{ ...validVersion(), appId: SHOP, name }]),
    maxRedirects: 0,
  });
}

test.describe("server actions accept their own origin only", () => {
  test("a cross-origin call is refused before the action runs; the same call from the app's origin creates", async ({
    request,
    sandbox,
  }) => {
    const foreign = await callCreateAction(request, "https://evil.example", "csrf-attempt-1");
    expect(foreign.status()).toBe(500);
    expect(await foreign.text()).not.toMatch(/"ok":true/);
    expect(await sandbox.requests("CreateEdgeContainerAppVersion")).toEqual([]);

    // The control: the identical request with the app's own Origin is a working action call.
    const own = await callCreateAction(request, APP_ORIGIN, "same-origin-1");
    expect(own.status()).toBe(200);
    expect(await own.text()).toMatch(/"ok":true/);
    expect(await sandbox.requests("CreateEdgeContainerAppVersion")).toHaveLength(1);
  });

  test("an origin listed in ESA_STUDIO_ALLOWED_ORIGINS is accepted, its subdomains are not", async ({
    request,
    sandbox,
  }) => {
    const proxied = await callCreateAction(request, E2E_ALLOWED_ORIGIN, "via-proxy-1");
    expect(proxied.status()).toBe(200);
    expect(await proxied.text()).toMatch(/"ok":true/);

    const sub = new URL(E2E_ALLOWED_ORIGIN);
    sub.hostname = `evil.${sub.hostname}`;
    const subdomain = await callCreateAction(request, sub.origin, "via-subdomain-1");
    expect(subdomain.status()).toBe(500);
    expect(await sandbox.requests("CreateEdgeContainerAppVersion")).toHaveLength(1);
  });
});

test.describe("changes to people and sessions go through audited paths only", () => {
  test("better-auth's endpoints beyond the sign-in flow are not served", async ({ request }) => {
    const before = await (await request.get("/api/auth/get-session")).json();
    for (const path of ["/update-user", "/change-password", "/revoke-sessions", "/sign-out"]) {
      const response = await request.post(`/api/auth${path}`, {
        headers: { Origin: APP_ORIGIN },
        data: { name: "Mallory", currentPassword: E2E_ADMIN.password, newPassword: "x".repeat(12) },
      });
      expect(response.status(), path).toBe(404);
    }
    // Nothing changed: same person, same name, still signed in.
    const after = await (await request.get("/api/auth/get-session")).json();
    expect(after?.user?.name).toBe(E2E_ADMIN.name);
    expect(after?.session?.id).toBe(before?.session?.id);
  });

  test("a setup call replayed once the administrator exists is refused and audited", async ({
    playwright,
    request,
  }) => {
    const anonymous = await playwright.request.newContext({ baseURL: APP_ORIGIN });
    const email = `replayed-setup-${Date.now()}@example.test`;
    const replay = await anonymous.post("/setup", {
      headers: {
        Origin: APP_ORIGIN,
        "Next-Action": actionId("setUpAction", "setup/actions"),
        Accept: "text/x-component",
        "Content-Type": "text/plain;charset=UTF-8",
      },
      data: JSON.stringify([{ name: "Mallory", email, password: "replayed password 1" }]),
      maxRedirects: 0,
    });
    expect(await replay.text()).toMatch(/Setup is already done/);
    await anonymous.dispose();

    const rows = (await (
      await request.get("/api/audit/export?format=json&action=setup&outcome=refused")
    ).json()) as { target: string | null; outcome: string; actorKind: string }[];
    expect(rows).toContainEqual(
      expect.objectContaining({ target: email, outcome: "refused", actorKind: "anonymous" }),
    );
  });
});
