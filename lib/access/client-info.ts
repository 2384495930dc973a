import type { ClientInfo } from "./guard-types";

// Who is calling, for the audit row. Next.js's server sets X-Forwarded-For from the socket
// (and a proxy in front of it appends to it): the first address is the client's.
const MAX_ADDRESS = 64;

export function clientInfoOf(headers: Headers): ClientInfo {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  const address = forwarded || headers.get("x-real-ip")?.trim() || null;
  return {
    address: address ? address.slice(0, MAX_ADDRESS) : null,
    userAgent: headers.get("user-agent"),
  };
}
