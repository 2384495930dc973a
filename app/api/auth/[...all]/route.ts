import { getAuth } from "@/lib/auth/instance";

// better-auth's endpoints: sign-in (email, OIDC callback), sign-out, sessions.
// The auth instance opens the database on first use, so the handler is resolved per request.

export async function GET(request: Request): Promise<Response> {
  return (await getAuth()).handler(request);
}

export async function POST(request: Request): Promise<Response> {
  return (await getAuth()).handler(request);
}
