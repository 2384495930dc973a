import "server-only";

/**
 * Who is on the other end of a request, for the audit log: the first X-Forwarded-For address
 * (`next start` sets it from the socket; a proxy in front prepends the client's), else
 * X-Real-IP, and the user agent.
 */
export function clientOf(headers: Headers | null | undefined): {
  address: string | null;
  userAgent: string | null;
} {
  const forwarded = headers?.get("x-forwarded-for")?.split(",")[0]?.trim();
  const address = forwarded || headers?.get("x-real-ip")?.trim() || null;
  return { address: address ? address.slice(0, 100) : null, userAgent: headers?.get("user-agent") ?? null };
}
