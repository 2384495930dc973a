import { DetailItem, DetailList, NotSet } from "@/components/browse/detail-list";
import { PROBE_TIMING, PROBE_TIMING_FIELDS } from "@/lib/version/constants";
import type { ContainerForm } from "@/lib/version/schema";

const PROBE_KINDS: Record<string, string> = {
  exec: "exec: runs a command in the container",
  tcpSocket: "tcpSocket: opens a TCP connection",
  httpGet: "httpGet: sends an HTTP GET request",
};

const value = (v: string, unit = "") =>
  v === "" ? <NotSet>Not set (service default)</NotSet> : `${v}${unit}`;

/** The container's health probe: its type, the fields that type uses, and its timing. */
export function ProbeDetails({ container }: { container: ContainerForm }) {
  const { probeType, probe } = container;
  return (
    <DetailList>
      <DetailItem label="Probe type">
        {probeType ? (PROBE_KINDS[probeType] ?? probeType) : <NotSet />}
      </DetailItem>
      {probeType === "exec" && (
        <DetailItem label="Probe command" mono>
          {value(probe.exec.command)}
        </DetailItem>
      )}
      {probeType === "tcpSocket" && (
        <DetailItem label="Port">{value(probe.tcpSocket.port)}</DetailItem>
      )}
      {probeType === "httpGet" && (
        <>
          <DetailItem label="Request" mono>
            {`${probe.httpGet.scheme || "http"}://${probe.httpGet.host || "<container>"}${probe.httpGet.port ? `:${probe.httpGet.port}` : ""}${probe.httpGet.path}`}
          </DetailItem>
          <DetailItem label="HTTP headers" mono>
            {probe.httpGet.headers.length === 0 ? (
              <NotSet>None</NotSet>
            ) : (
              <ul>
                {probe.httpGet.headers.map((h, i) => (
                  <li key={`${i}-${h.name}`}>
                    {h.name}: {h.value}
                  </li>
                ))}
              </ul>
            )}
          </DetailItem>
        </>
      )}
      {PROBE_TIMING_FIELDS.map((field) => (
        <DetailItem key={field} label={PROBE_TIMING[field].label}>
          {value(probe[field], PROBE_TIMING[field].unit ? ` ${PROBE_TIMING[field].unit}` : "")}
        </DetailItem>
      ))}
    </DetailList>
  );
}
