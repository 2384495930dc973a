import { AccessRefused } from "@/components/access/access-refused";

// Rendered with status 403 when an application's page refuses the person (lib/access/guard.ts,
// requireAppPage); the version and editor pages' layouts land here too.
export default function AppForbidden() {
  return <AccessRefused />;
}
