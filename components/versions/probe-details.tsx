import { useTranslations } from "next-intl";
import { DetailItem, DetailList, NotSet } from "@/components/browse/detail-list";
import { useRenderMessage } from "@/components/i18n/use-render-message";
import { PROBE_TIMING, PROBE_TIMING_FIELDS } from "@/lib/version/constants";
import type { ContainerForm } from "@/lib/version/schema";

const PROBE_KINDS = ["exec", "tcpSocket", "httpGet"] as const;
const knownKind = (type: string): type is (typeof PROBE_KINDS)[number] =>
  (PROBE_KINDS as readonly string[]).includes(type);

/** The httpGet probe as the URL it requests; the container's own address when no host is set. */
function probeUrl({ scheme, host, port, path }: ContainerForm["probe"]["httpGet"]): string {
  return `${scheme || "http"}://${host || "<container>"}${port ? `:${port}` : ""}${path}`;
}

/** The container's health probe: its type, the fields that type uses, and its timing. */
export function ProbeDetails({ container }: { container: ContainerForm }) {
  const t = useTranslations();
  // The timing labels are lib/version's (shared with the editor): words or message references.
  const render = useRenderMessage();
  const { probeType, probe } = container;
  const value = (v: string, unit = "") =>
    v === "" ? <NotSet>{t("versions.probe.serviceDefault")}</NotSet> : `${v}${unit}`;
  return (
    <DetailList>
      <DetailItem label={t("versions.probe.type")}>
        {!probeType ? <NotSet /> : knownKind(probeType) ? t(`versions.probe.kind.${probeType}`) : probeType}
      </DetailItem>
      {probeType === "exec" && (
        <DetailItem label={t("versions.probe.command")} mono>
          {value(probe.exec.command)}
        </DetailItem>
      )}
      {probeType === "tcpSocket" && (
        <DetailItem label={t("versions.probe.port")}>{value(probe.tcpSocket.port)}</DetailItem>
      )}
      {probeType === "httpGet" && (
        <>
          <DetailItem label={t("versions.probe.request")} mono>
            {probeUrl(probe.httpGet)}
          </DetailItem>
          <DetailItem label={t("versions.probe.headers")} mono>
            {probe.httpGet.headers.length === 0 ? (
              <NotSet>{t("browse.none")}</NotSet>
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
        <DetailItem key={field} label={render(PROBE_TIMING[field].label)}>
          {value(probe[field], PROBE_TIMING[field].unit ? ` ${PROBE_TIMING[field].unit}` : "")}
        </DetailItem>
      ))}
    </DetailList>
  );
}
