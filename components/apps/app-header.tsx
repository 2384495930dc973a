import Link from "next/link";
import { Plus } from "lucide-react";
import { Breadcrumbs } from "@/components/browse/breadcrumbs";
import { Button } from "@/components/ui/button";
import { newVersionHref } from "@/lib/browse/paths";

export function AppHeader({ appId, name }: { appId: string; name: string }) {
  return (
    <div className="grid gap-2">
      <Breadcrumbs items={[{ label: "Applications", href: "/apps" }, { label: name }]} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold break-all">{name}</h1>
        <Button asChild>
          <Link href={newVersionHref(appId)}>
            <Plus aria-hidden />
            New version
          </Link>
        </Button>
      </div>
    </div>
  );
}
