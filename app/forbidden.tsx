import Link from "next/link";

// Rendered with status 403 when a page calls forbidden() (lib/access/guard.ts) and no nearer
// forbidden.tsx explains which role that page needs.
export default function Forbidden() {
  return (
    <main className="mx-auto max-w-2xl space-y-3 px-6 py-16">
      <h1 className="text-2xl font-semibold">You don’t have access to this page</h1>
      <p className="text-muted-foreground">
        Your account is signed in, but none of your grants cover this. Ask an administrator for the
        access you need.
      </p>
      <Link className="underline" href="/apps">
        Back to your applications
      </Link>
    </main>
  );
}
