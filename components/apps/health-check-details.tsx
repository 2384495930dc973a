import { useTranslations } from "next-intl";
import { DetailItem, DetailList, NotSet } from "@/components/browse/detail-list";
import type { EsaHealthCheck } from "@/lib/esa/types";

const text = (value: string | number | undefined) =>
  value === undefined || value === "" ? <NotSet /> : value;

/** The application's gateway health check (not a container's probe, which each version defines). */
export function HealthCheckDetails({ healthCheck }: { healthCheck: EsaHealthCheck | undefined }) {
  const t = useTranslations("apps.healthCheck");
  const seconds = (value: number | undefined) =>
    value === undefined ? <NotSet /> : t("seconds", { value });
  return (
    <section aria-labelledby="health-check-title" className="grid gap-3">
      <h3 id="health-check-title" className="text-sm font-semibold">
        {t("title")}
      </h3>
      {!healthCheck ? (
        <p className="text-sm text-muted-foreground">{t("none")}</p>
      ) : (
        <DetailList>
          <DetailItem label={t("type")}>{text(healthCheck.type?.toUpperCase())}</DetailItem>
          <DetailItem label={t("request")} mono>
            {healthCheck.method || healthCheck.uri ? (
              `${healthCheck.method ?? ""} ${healthCheck.uri ?? ""}`.trim()
            ) : (
              <NotSet />
            )}
          </DetailItem>
          <DetailItem label={t("host")} mono>
            {text(healthCheck.host)}
          </DetailItem>
          <DetailItem label={t("port")}>{text(healthCheck.port)}</DetailItem>
          <DetailItem label={t("httpCodes")} mono>
            {text(healthCheck.httpCode)}
          </DetailItem>
          <DetailItem label={t("timeout")}>{seconds(healthCheck.timeout)}</DetailItem>
          <DetailItem label={t("interval")}>{seconds(healthCheck.interval)}</DetailItem>
          <DetailItem label={t("healthyAfter")}>
            {healthCheck.succTimes === undefined ? (
              <NotSet />
            ) : (
              t("successes", { count: healthCheck.succTimes })
            )}
          </DetailItem>
          <DetailItem label={t("unhealthyAfter")}>
            {healthCheck.failTimes === undefined ? (
              <NotSet />
            ) : (
              t("failures", { count: healthCheck.failTimes })
            )}
          </DetailItem>
        </DetailList>
      )}
    </section>
  );
}
