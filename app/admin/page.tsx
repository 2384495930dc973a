import type { Metadata } from "next";

import { DefaultGrantForm } from "@/components/admin/default-grant-form";
import { GrantForm } from "@/components/admin/grant-form";
import { GrantsTable } from "@/components/admin/grants-table";
import { InvitationForm } from "@/components/admin/invitation-form";
import { InvitationsTable } from "@/components/admin/invitations-table";
import { PeopleTable } from "@/components/admin/people-table";
import { FourEyesForm } from "@/components/approvals/four-eyes-form";
import { requireAdminPage } from "@/lib/access/guard";
import { loadAdminOverview } from "@/lib/admin/admin-overview";
import { DEFAULT_INVITATION_HOURS } from "@/lib/auth/invitations";
import { getDb } from "@/lib/db/handle";
import { readFourEyesSetting } from "@/lib/release/four-eyes-setting-store";

import {
  addGrantAction,
  createInvitationAction,
  deleteGrantAction,
  revokeInvitationAction,
  saveDefaultGrantAction,
  saveFourEyesAction,
  setPersonDisabledAction,
} from "./actions";

export const metadata: Metadata = { title: "Administration" };

function Section({ title, description, children }: { title: string; description: string; children: React.ReactNode }) {
  const id = `admin-${title.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <section aria-labelledby={id} className="grid gap-3">
      <div>
        <h2 id={id} className="text-lg font-semibold">
          {title}
        </h2>
        <p className="text-sm text-muted-foreground">{description}</p>
      </div>
      {children}
    </section>
  );
}

export default async function AdminPage() {
  const actor = await requireAdminPage();
  const db = await getDb();
  const [overview, fourEyes] = await Promise.all([loadAdminOverview(db), readFourEyesSetting(db)]);
  const current = overview.defaultGrant;
  return (
    <main className="grid gap-10">
      <h1 className="text-2xl font-semibold">Administration</h1>
      <Section title="Users" description="Everyone who can sign in, how, and when they were last active. A disabled person loses access at their next request.">
        <PeopleTable people={overview.people} selfId={actor.session.userId} setDisabled={setPersonDisabledAction} />
      </Section>
      <Section title="Invitations" description={`A single-use link that lets one person create a local account. It expires after ${DEFAULT_INVITATION_HOURS} hours.`}>
        <InvitationForm createInvitation={createInvitationAction} />
        <InvitationsTable invitations={overview.invitations} revokeInvitation={revokeInvitationAction} />
      </Section>
      <Section title="Grants" description="A role on the apps a pattern matches, for a person or an OIDC group. A person's role on an app is the highest of their grants.">
        <GrantForm people={overview.people.filter((p) => !p.isAdmin)} apps={overview.apps} addGrant={addGrantAction} />
        <GrantsTable grants={overview.grants} deleteGrant={deleteGrantAction} />
      </Section>
      <Section title="Default grant" description="What every signed-in person gets on top of their own grants.">
        <DefaultGrantForm
          current={current ? { mode: "grant", ...current } : { mode: "none", role: "viewer", appPattern: "" }}
          apps={overview.apps}
          saveDefaultGrant={saveDefaultGrantAction}
        />
      </Section>
      <Section title="Four eyes on production" description="A production publish or raise on these apps is a request that a second person with releaser on the app must approve within 24 hours. Rollbacks are never held.">
        <FourEyesForm
          current={fourEyes.mode === "off" ? { mode: "off", appPattern: "*" } : fourEyes}
          apps={overview.apps}
          saveFourEyes={saveFourEyesAction}
        />
      </Section>
    </main>
  );
}
