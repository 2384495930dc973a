import { NextResponse } from "next/server";

import { auditRefusedSignIn } from "@/lib/audit/sign-in-audit";
import { getAuth } from "@/lib/auth/instance";
import { isPublicAuthEndpoint } from "@/lib/auth/public-endpoints";
import { getDb } from "@/lib/db/handle";

// better-auth's endpoints, limited to the sign-in flow (lib/auth/public-endpoints.ts): public by
// nature, this is how a person gets a session. Signing out and every change to people go through
// the studio's audited server actions instead. The auth instance opens the database on first use,
// so the handler is resolved per request.

const notServed = () =>
  NextResponse.json(
    {
      error: {
        code: "NotFound",
        message: "This sign-in endpoint is not served by Version Studio.",
      },
    },
    { status: 404, headers: { "Cache-Control": "no-store" } },
  );

export async function GET(request: Request): Promise<Response> {
  if (!isPublicAuthEndpoint("GET", request.url)) return notServed();
  return (await getAuth()).handler(request);
}

export async function POST(request: Request): Promise<Response> {
  if (!isPublicAuthEndpoint("POST", request.url)) return notServed();
  // Refusals by the rate limits happen before better-auth's hooks, so they are audited here.
  const copy = request.clone();
  const response = await (await getAuth()).handler(request);
  await auditRefusedSignIn(await getDb(), copy, response);
  return response;
}
