import Link from "next/link";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { EsaError } from "@/lib/esa/errors";
import { listApps } from "@/lib/esa/operations";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  let page;
  try {
    page = await listApps({ pageSize: 100, orderKey: "Name", orderType: "ASC" });
  } catch (error) {
    const message = error instanceof EsaError ? error.message : "The application list could not be loaded.";
    return (
      <main className="grid gap-4">
        <h1 className="text-2xl font-semibold">Applications</h1>
        <Alert variant="destructive">
          <AlertTitle>Could not load applications</AlertTitle>
          <AlertDescription>{message}</AlertDescription>
        </Alert>
      </main>
    );
  }
  return (
    <main className="grid gap-4">
      <div>
        <h1 className="text-2xl font-semibold">Applications</h1>
        <p className="text-sm text-muted-foreground">{page.totalCount} edge container applications</p>
      </div>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>Name</TableHead>
            <TableHead>App ID</TableHead>
            <TableHead>Status</TableHead>
            <TableHead>Versions</TableHead>
            <TableHead>Updated</TableHead>
            <TableHead>
              <span className="sr-only">Actions</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {page.items.map((app) => (
            <TableRow key={app.appId}>
              <TableCell className="font-medium">{app.name}</TableCell>
              <TableCell className="font-mono text-xs">{app.appId}</TableCell>
              <TableCell>
                <Badge variant={app.status === "created" ? "success" : app.status === "failed" ? "destructive" : "warning"}>{app.status}</Badge>
              </TableCell>
              <TableCell>{app.versionCount}</TableCell>
              <TableCell className="text-sm">{app.updateTime}</TableCell>
              <TableCell>
                <Button asChild size="sm" variant="outline">
                  <Link href={`/apps/${encodeURIComponent(app.appId)}/versions/new`}>New version of {app.name}</Link>
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </main>
  );
}
