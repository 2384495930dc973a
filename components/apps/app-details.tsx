import { useTranslations } from "next-intl";
import { DateTime } from "@/components/browse/date-time";
import { DetailItem, DetailList, NotSet } from "@/components/browse/detail-list";
import { StatusBadge } from "@/components/browse/status-badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { EsaApp } from "@/lib/esa/types";
import { HealthCheckDetails } from "./health-check-details";

const GATEWAY_TYPES = ["l7", "l4"] as const;
const knownGateway = (type: string): type is (typeof GATEWAY_TYPES)[number] =>
  (GATEWAY_TYPES as readonly string[]).includes(type);


/** Everything GetEdgeContainerApp says about the application. */
export function AppDetails({ app }: { app: EsaApp }) {
  const t = useTranslations();
  return (
    <Card aria-labelledby="app-details-title" role="region">
      <CardHeader>
        <CardTitle asChild>
          <h2 id="app-details-title">{t("apps.details.title")}</h2>
        </CardTitle>
      </CardHeader>
      <CardContent className="grid gap-6">
        <DetailList>
          <DetailItem label={t("apps.details.appId")} mono>
            {app.appId}
          </DetailItem>
          <DetailItem label={t("apps.details.status")}>
            <StatusBadge status={app.status} />
          </DetailItem>
          <DetailItem label={t("apps.details.versions")}>{app.versionCount}</DetailItem>
          <DetailItem label={t("apps.details.domain")} mono>
            {app.domainName ?? <NotSet />}
          </DetailItem>
          <DetailItem label={t("apps.details.gatewayType")}>
            {!app.gatewayType ? (
              <NotSet />
            ) : knownGateway(app.gatewayType) ? (
              t(`apps.details.gateway.${app.gatewayType}`)
            ) : (
              app.gatewayType
            )}
          </DetailItem>
          <DetailItem label={t("apps.details.ports")}>
            {t("apps.details.portsValue", {
              service: app.servicePort ?? t("browse.notSet"),
              target: app.targetPort ?? t("browse.notSet"),
            })}
          </DetailItem>
          <DetailItem label={t("apps.details.created")}>
            <DateTime value={app.createTime} />
          </DetailItem>
          <DetailItem label={t("apps.details.updated")}>
            <DateTime value={app.updateTime} />
          </DetailItem>
          <DetailItem label={t("apps.details.remarks")}>{app.remarks || <NotSet>{t("browse.none")}</NotSet>}</DetailItem>
        </DetailList>
        <HealthCheckDetails healthCheck={app.healthCheck} />
      </CardContent>
    </Card>
  );
}
