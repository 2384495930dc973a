// Which paths need no session, where anonymous people are sent, and where they come back to.
// Pure: proxy.ts (cheap cookie check) and the root layout (real session check) share it.

export const SIGN_IN_PATH = "/sign-in";
export const SETUP_PATH = "/setup";
export const INVITATION_PATH = "/invite";
export const HOME_PATH = "/apps";

/** better-auth's session cookie (cookiePrefix "studio"), plain and over https. */
export const SESSION_COOKIES = ["studio.session_token", "__Secure-studio.session_token"] as const;

const PUBLIC_PAGES = [SIGN_IN_PATH, SETUP_PATH, INVITATION_PATH];

/** Pages anyone may open: sign-in, setup and invitations (route handlers check for themselves). */
export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PAGES.some((page) => pathname === page || pathname.startsWith(`${page}/`));
}

/**
 * The `next` parameter as a path on this site, or the home page: never another origin
 * (`//evil.example`, `/\evil.example`, `https://…`), never a public page (it would loop).
 */
export function safeNextPath(value: string | string[] | null | undefined): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.length > 2048) return HOME_PATH;
  if (/[\\\0-\x1f]/.test(value) || value.startsWith("//")) return HOME_PATH;
  const base = "http://studio.invalid";
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return HOME_PATH;
  }
  if (url.origin !== base || isPublicPath(url.pathname)) return HOME_PATH;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page, bringing the person back to `next` afterwards. */
export function signInHref(next?: string): string {
  const target = safeNextPath(next);
  return target === HOME_PATH ? SIGN_IN_PATH : `${SIGN_IN_PATH}?next=${encodeURIComponent(target)}`;
}
