import { FlaskConicalIcon } from "./shell-icons";
import { getTranslations } from "next-intl/server";
import type { BackendInfo } from "@/lib/esa/types";

/** Says on every page which backend requests go to, so nobody mistakes the sandbox for production. */
export async function BackendBanner({ backend }: { backend: BackendInfo | null }) {
  const t = await getTranslations("shell.backend");
  if (backend?.mode === "aliyun") {
    return (
      <p className="text-xs text-muted-foreground" data-testid="backend-mode">
        {t("aliyun")} · <span className="font-mono">{backend.endpoint}</span>
      </p>
    );
  }
  return (
    <div role="note" data-testid="backend-mode" className="flex items-center gap-2 bg-warning-background px-4 py-2 text-sm text-warning">
      <FlaskConicalIcon className="size-4 shrink-0" />
      <span>
        <strong>{t("sandboxTitle")}</strong>{" "}
        {backend
          ? t.rich("sandboxBody", {
              endpoint: backend.endpoint,
              mono: (chunks) => <span className="font-mono">{chunks}</span>,
            })
          : t("sandboxBodyNoEndpoint")}
      </span>
    </div>
  );
}
