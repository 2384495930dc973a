import { useTranslations } from "next-intl";
import { DetailItem, DetailList, NotSet } from "@/components/browse/detail-list";
import { useRenderMessage } from "@/components/i18n/use-render-message";
import { PROBE_TIMING, PROBE_TIMING_FIELDS } from "@/lib/version/constants";
import type { ContainerForm } from "@/lib/version/schema";

const PROBE_KINDS = ["exec", "tcpSocket", "httpGet"] as const;
const knownKind = (type: string): type is (typeof PROBE_KINDS)[number] =>
  (PROBE_KINDS as readonly string[]).includes(type);

/** The container's health probe: its type, the fields that type uses, and its timing. */
export function ProbeDetails({ container }: { container: ContainerForm }) {
  const t = useTranslations("versions.probe");
  const tb = useTranslations("browse");
  // The timing labels are lib/version's (shared with the editor): words or message references.
  const render = useRenderMessage();
  const { probeType, probe } = container;
  const value = (v: string, unit = "") =>
    v === "" ? <NotSet>{t("serviceDefault")}</NotSet> : `${v}${unit}`;
  return (
    <DetailList>
      <DetailItem label={t("type")}>
        {!probeType ? <NotSet /> : knownKind(probeType) ? t(`kind.${probeType}`) : probeType}
      </DetailItem>
      {probeType === "exec" && (
        <DetailItem label={t("command")} mono>
          {value(probe.exec.command)}
        </DetailItem>
      )}
      {probeType === "tcpSocket" && (
        <DetailItem label={t("port")}>{value(probe.tcpSocket.port)}</DetailItem>
      )}
      {probeType === "httpGet" && (
        <>
          <DetailItem label={t("request")} mono>
            {`${probe.httpGet.scheme || "http"}://${probe.httpGet.host || "<container>"}${probe.httpGet.port ? `:${probe.httpGet.port}` : ""}${probe.httpGet.path}`}
          </DetailItem>
          <DetailItem label={t("headers")} mono>
            {probe.httpGet.headers.length === 0 ? (
              <NotSet>{tb("none")}</NotSet>
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
