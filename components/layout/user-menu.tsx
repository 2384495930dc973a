import { getTranslations } from "next-intl/server";

import { DisclosurePopover } from "@/components/ui/disclosure-popover";

import { ChevronDownIcon, CircleUserIcon } from "./shell-icons";
import { SignOutButtons } from "./sign-out-buttons";

export interface SignedInPerson {
  name: string;
  email: string;
  signsInWith: "local" | "oidc";
}

interface UserMenuProps {
  person: SignedInPerson;
  signOut: () => Promise<void>;
  signOutEverywhere: () => Promise<void>;
}

/** Who is signed in, and the way out. Rendered on the server; the browser gets the disclosure's
 * open state and the sign-out buttons, nothing else. */
export async function UserMenu({ person, signOut, signOutEverywhere }: UserMenuProps) {
  const t = await getTranslations("shell.account");
  return (
    <DisclosurePopover
      label={t("menuLabel", { name: person.name })}
      triggerClassName="flex items-center gap-1 rounded-md px-2 py-1 text-sm hover:bg-accent"
      panelClassName="min-w-56 rounded-md border border-border bg-background p-1 shadow-md"
      trigger={
        <>
          <CircleUserIcon className="size-4" />
          <span className="max-w-40 truncate">{person.name}</span>
          <ChevronDownIcon className="size-3" />
        </>
      }
    >
      <div className="px-2 py-1.5 text-sm">
        <span className="block font-medium">{t("signedInAs", { name: person.name })}</span>
        <span className="block text-muted-foreground">{person.email}</span>
        <span className="block text-xs text-muted-foreground">
          {person.signsInWith === "oidc" ? t("withSso") : t("withPassword")}
        </span>
      </div>
      <hr className="my-1 h-px border-0 bg-border" />
      <SignOutButtons
        signOut={signOut}
        signOutEverywhere={signOutEverywhere}
        labels={{ signOut: t("signOut"), signOutEverywhere: t("signOutEverywhere") }}
      />
    </DisclosurePopover>
  );
}
