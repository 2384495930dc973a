import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { SetupForm } from "@/components/auth/setup-form";
import { hasAnyUser } from "@/lib/auth/first-run";
import { getDb } from "@/lib/db/handle";

import { setUpAction } from "./actions";

export const metadata: Metadata = { title: "Set up" };

// Only on an empty database: once the first administrator exists, this page is gone for good.
export default async function SetupPage() {
  if (await hasAnyUser(await getDb())) notFound();
  return (
    <>
      <div className="grid gap-2">
        <h1 className="text-2xl font-semibold">Set up Version Studio</h1>
        <p className="text-sm text-muted-foreground">
          Create the first administrator. They can then invite everyone else and decide who may do
          what on which application.
        </p>
      </div>
      <SetupForm setUp={setUpAction} />
    </>
  );
}
