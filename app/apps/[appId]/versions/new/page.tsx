import type { Metadata } from "next";
import Link from "next/link";
import { VersionEditor } from "@/components/version-editor/version-editor";
import { listApps } from "@/lib/esa/operations";
import { emptyVersionForm } from "@/lib/version/defaults";
import { createVersionAction } from "./actions";

export const metadata: Metadata = { title: "New version" };

async function appChoices() {
  try {
    const page = await listApps({ pageSize: 500, orderKey: "Name", orderType: "ASC" });
    return page.items.map((a) => ({ appId: a.appId, name: a.name }));
  } catch {
    return []; // the switcher then offers the route's app only; submitting reports the real error
  }
}

export default async function NewVersionPage({ params }: { params: Promise<{ appId: string }> }) {
  const { appId } = await params;
  const apps = await appChoices();
  const app = apps.find((a) => a.appId === appId);
  return (
    <main className="grid gap-6">
      <div>
        <p className="text-sm text-muted-foreground">
          <Link href="/" className="underline">
            Applications
          </Link>{" "}
          / {app?.name ?? appId}
        </p>
        <h1 className="text-2xl font-semibold">New version</h1>
      </div>
      <VersionEditor apps={apps} initialValues={emptyVersionForm(appId)} action={createVersionAction} />
    </main>
  );
}
