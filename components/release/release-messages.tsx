import { getMessages } from "next-intl/server";

import { pickMessages, type Messages } from "@/lib/i18n/catalog";

import { AddedMessages } from "./added-messages";

/** The "release" and "approvals" namespaces for a release component placed on another page. */
export async function ReleaseMessages({ children }: { children: React.ReactNode }) {
  const messages = (await getMessages()) as Messages;
  return (
    <AddedMessages messages={pickMessages(messages, ["release", "approvals"])}>
      {children}
    </AddedMessages>
  );
}
