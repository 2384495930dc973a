import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { DefaultGrantForm } from "@/components/admin/default-grant-form";
import { GrantForm } from "@/components/admin/grant-form";
import { GrantsTable } from "@/components/admin/grants-table";
import { InvitationForm } from "@/components/admin/invitation-form";
import { InvitationsTable } from "@/components/admin/invitations-table";
import { PeopleTable } from "@/components/admin/people-table";
import { FourEyesForm } from "@/components/approvals/four-eyes-form";
import { ClientMessages } from "@/components/i18n/client-messages";
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

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.page");
  return { title: t("title") };
}

function Section({ id, title, description, children }: { id: string; title: string; description: string; children: React.ReactNode }) {
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
  const t = await getTranslations("admin.page");
  return (
    <main className="grid gap-10">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      {/* The four-eyes form reads its own namespace, which its owner adds here when translating it. */}
      <ClientMessages namespaces={["admin", "access", "auth"]}>
      <Section id="admin-users" title={t("users")} description={t("usersHint")}>
        <PeopleTable people={overview.people} selfId={actor.session.userId} setDisabled={setPersonDisabledAction} />
      </Section>
      <Section id="admin-invitations" title={t("invitations")} description={t("invitationsHint", { hours: DEFAULT_INVITATION_HOURS })}>
        <InvitationForm createInvitation={createInvitationAction} />
        <InvitationsTable invitations={overview.invitations} revokeInvitation={revokeInvitationAction} />
      </Section>
      <Section id="admin-grants" title={t("grants")} description={t("grantsHint")}>
        <GrantForm people={overview.people.filter((p) => !p.isAdmin)} apps={overview.apps} addGrant={addGrantAction} />
        <GrantsTable grants={overview.grants} deleteGrant={deleteGrantAction} />
      </Section>
      <Section id="admin-default-grant" title={t("defaultGrant")} description={t("defaultGrantHint")}>
        <DefaultGrantForm
          current={current ? { mode: "grant", ...current } : { mode: "none", role: "viewer", appPattern: "" }}
          apps={overview.apps}
          saveDefaultGrant={saveDefaultGrantAction}
        />
      </Section>
      <Section id="admin-four-eyes-on-production" title={t("fourEyes")} description={t("fourEyesHint")}>
        <FourEyesForm
          current={fourEyes.mode === "off" ? { mode: "off", appPattern: "*" } : fourEyes}
          apps={overview.apps}
          saveFourEyes={saveFourEyesAction}
        />
      </Section>
      </ClientMessages>
    </main>
  );
}
