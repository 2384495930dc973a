import type { PortalConfig } from "@/lib/config/portal-env";
import { createAuth, type Auth } from "@/lib/auth/instance";
import type { SignInRecorder } from "@/lib/auth/sign-in-events";
import type { Db } from "@/lib/db/types";

export const TEST_ORIGIN = "http://localhost:3206";

export const testPortal: PortalConfig = {
  database: { driver: "pglite", dataDir: "memory://" },
  authSecret: "test-secret-test-secret-test-secret-0123",
  publicUrl: undefined,
  oidc: undefined,
  auditRetentionDays: undefined,
  draftRetentionDays: 30,
};

export function createTestAuth(
  db: Db,
  overrides: Partial<PortalConfig> = {},
  recordSignIn?: SignInRecorder,
): Auth {
  return createAuth({ db, portal: { ...testPortal, ...overrides }, secret: testPortal.authSecret!, recordSignIn });
}

/** A browser-like POST to one of better-auth's endpoints through its HTTP handler. */
export function authRequest(
  auth: Auth,
  path: string,
  body: unknown,
  { ip = "203.0.113.7", cookie }: { ip?: string; cookie?: string } = {},
): Promise<Response> {
  return auth.handler(
    new Request(`${TEST_ORIGIN}/api/auth${path}`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: TEST_ORIGIN,
        "x-forwarded-for": ip,
        ...(cookie ? { cookie } : {}),
      },
      body: JSON.stringify(body),
    }),
  );
}

/** The `name=value` pairs of a response's Set-Cookie headers, for the next request. */
export function cookiesOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
}

/** The headers a page request carries (Next's `headers()`): host and the session cookie. */
export function requestHeaders(cookie: string): Headers {
  return new Headers({ host: new URL(TEST_ORIGIN).host, cookie });
}
