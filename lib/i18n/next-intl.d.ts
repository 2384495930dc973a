import type { Messages } from "./catalog";

// Typed keys: t("shell.nav.apps") is checked against the English catalog at compile time.
declare module "next-intl" {
  interface AppConfig {
    Messages: Messages;
  }
}
