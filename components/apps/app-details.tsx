import { DateTime } from "@/components/browse/date-time";
import { DetailItem, DetailList, NotSet } from "@/components/browse/detail-list";
import { StatusBadge } from "@/components/browse/status-badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { EsaApp } from "@/lib/esa/types";
import { HealthCheckDetails } from "./health-check-details";

const GATEWAY_TYPES: Record<string, string> = { l7: "Layer 7 (HTTP)", l4: "Layer 4 (TCP/UDP)" };

const port = (value: number | undefined) => (value === undefined ? <NotSet /> : value);

/** Everything GetEdgeContainerApp says about the application. */
export function AppDetails({ app }: { app: EsaApp }) {
  return (
    <Card aria-labelledby="app-details-title" role="region">
      <CardHeader>
        <CardTitle asChild>
          <h2 id="app-details-title">Application details</h2>
        </CardTitle>
      </CardHeader>
      <CardContent className="grid gap-6">
        <DetailList>
          <DetailItem label="App ID" mono>
            {app.appId}
          </DetailItem>
          <DetailItem label="Status">
            <StatusBadge status={app.status} />
          </DetailItem>
          <DetailItem label="Versions">{app.versionCount}</DetailItem>
          <DetailItem label="Domain" mono>
            {app.domainName ?? <NotSet />}
          </DetailItem>
          <DetailItem label="Gateway type">
            {app.gatewayType ? (GATEWAY_TYPES[app.gatewayType] ?? app.gatewayType) : <NotSet />}
          </DetailItem>
          <DetailItem label="Ports">
            Service {port(app.servicePort)} → target {port(app.targetPort)}
          </DetailItem>
          <DetailItem label="Created">
            <DateTime value={app.createTime} />
          </DetailItem>
          <DetailItem label="Updated">
            <DateTime value={app.updateTime} />
          </DetailItem>
          <DetailItem label="Remarks">{app.remarks || <NotSet>None</NotSet>}</DetailItem>
        </DetailList>
        <HealthCheckDetails healthCheck={app.healthCheck} />
      </CardContent>
    </Card>
  );
}
