import { DetailItem, DetailList, NotSet } from "@/components/browse/detail-list";
import type { EsaHealthCheck } from "@/lib/esa/types";

const text = (value: string | number | undefined, unit = "") =>
  value === undefined || value === "" ? <NotSet /> : `${value}${unit}`;

/** The application's gateway health check (not a container's probe, which each version defines). */
export function HealthCheckDetails({ healthCheck }: { healthCheck: EsaHealthCheck | undefined }) {
  return (
    <section aria-labelledby="health-check-title" className="grid gap-3">
      <h3 id="health-check-title" className="text-sm font-semibold">
        Health check
      </h3>
      {!healthCheck ? (
        <p className="text-sm text-muted-foreground">No health check is configured.</p>
      ) : (
        <DetailList>
          <DetailItem label="Type">{text(healthCheck.type?.toUpperCase())}</DetailItem>
          <DetailItem label="Request" mono>
            {healthCheck.method || healthCheck.uri ? (
              `${healthCheck.method ?? ""} ${healthCheck.uri ?? ""}`.trim()
            ) : (
              <NotSet />
            )}
          </DetailItem>
          <DetailItem label="Host" mono>
            {text(healthCheck.host)}
          </DetailItem>
          <DetailItem label="Port">{text(healthCheck.port)}</DetailItem>
          <DetailItem label="Healthy HTTP codes" mono>
            {text(healthCheck.httpCode)}
          </DetailItem>
          <DetailItem label="Timeout">{text(healthCheck.timeout, " s")}</DetailItem>
          <DetailItem label="Interval">{text(healthCheck.interval, " s")}</DetailItem>
          <DetailItem label="Healthy after">
            {healthCheck.succTimes === undefined ? (
              <NotSet />
            ) : (
              `${healthCheck.succTimes} successful checks`
            )}
          </DetailItem>
          <DetailItem label="Unhealthy after">
            {healthCheck.failTimes === undefined ? (
              <NotSet />
            ) : (
              `${healthCheck.failTimes} failed checks`
            )}
          </DetailItem>
        </DetailList>
      )}
    </section>
  );
}
