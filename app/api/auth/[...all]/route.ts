import { auditRefusedSignIn } from "@/lib/audit/sign-in-audit";
import { getAuth } from "@/lib/auth/instance";
import { getDb } from "@/lib/db/handle";

// better-auth's endpoints: sign-in (email, OIDC callback), sign-out, sessions. Public by nature:
// this is how a person gets a session. The auth instance opens the database on first use, so the
// handler is resolved per request.

export async function GET(request: Request): Promise<Response> {
  return (await getAuth()).handler(request);
}

export async function POST(request: Request): Promise<Response> {
  // Refusals by the rate limits happen before better-auth's hooks, so they are audited here.
  const copy = request.clone();
  const response = await (await getAuth()).handler(request);
  await auditRefusedSignIn(await getDb(), copy, response);
  return response;
}
