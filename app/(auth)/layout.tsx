// Pages outside the session: sign-in, first-run setup, invitations. A narrow column in the middle.

export default function AuthLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return <main className="mx-auto grid w-full max-w-sm gap-6 py-10">{children}</main>;
}
