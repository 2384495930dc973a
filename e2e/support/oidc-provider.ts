import { createServer } from "node:http";

import { OAuth2Issuer, OAuth2Service, type MutableToken } from "oauth2-mock-server";

import { OIDC_PORT } from "./constants";

// The local OIDC provider of the e2e runs (oauth2-mock-server, started by playwright.config.ts).
// Its authorize endpoint first shows a small sign-in page where the test says who signs in
// (email, name, groups); the ID token issued for that code carries them, the groups in the
// `groups` claim. Everything else (discovery, JWKS, PKCE, nonce) is the mock's own.

interface Identity {
  sub: string;
  email: string;
  name: string;
  groups: string[];
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function signInPage(query: URLSearchParams): string {
  const hidden = [...query]
    .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
    .join("");
  return `<!doctype html><html lang="en"><head><title>Test identity provider</title></head><body>
<h1>Test identity provider</h1>
<form method="get" action="/authorize">${hidden}
<p><label>Email <input name="login_email" type="email" required></label></p>
<p><label>Name <input name="login_name"></label></p>
<p><label>Groups <input name="login_groups" placeholder="team-a, team-b"></label></p>
<button type="submit">Continue</button>
</form></body></html>`;
}

function identityOf(query: URLSearchParams): Identity {
  const email = (query.get("login_email") ?? "").trim().toLowerCase();
  return {
    sub: `sub-${email}`,
    email,
    name: (query.get("login_name") ?? "").trim() || email,
    groups: (query.get("login_groups") ?? "").split(",").map((g) => g.trim()).filter(Boolean),
  };
}

async function main(): Promise<void> {
  const issuer = new OAuth2Issuer();
  issuer.url = `http://127.0.0.1:${OIDC_PORT}`;
  await issuer.keys.generate("RS256");
  const service = new OAuth2Service(issuer);
  const byCode = new Map<string, Identity>();
  let pending: Identity | null = null;

  service.on("beforeAuthorizeRedirect", (redirect: { url: URL }) => {
    const code = redirect.url.searchParams.get("code");
    if (code && pending) byCode.set(code, pending);
    pending = null;
  });
  service.on("beforeTokenSigning", (token: MutableToken, req: { body?: Record<string, unknown> }) => {
    const code = typeof req.body?.code === "string" ? req.body.code : "";
    const identity = byCode.get(code);
    if (!identity) return;
    Object.assign(token.payload, {
      sub: identity.sub,
      email: identity.email,
      email_verified: true,
      name: identity.name,
      groups: identity.groups,
    });
  });

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", issuer.url);
    if (url.pathname === "/authorize" && req.method === "GET") {
      if (!url.searchParams.has("login_email")) {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        res.end(signInPage(url.searchParams));
        return;
      }
      pending = identityOf(url.searchParams);
    }
    service.requestHandler(req, res);
  });
  server.listen(OIDC_PORT, "127.0.0.1", () => {
    console.log(`OIDC test provider on ${issuer.url}`);
  });
}

void main();
