import { useTranslations } from "next-intl";
import { useRenderMessage } from "@/components/i18n/use-render-message";
import { DetailItem, DetailList, NotSet } from "@/components/browse/detail-list";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { describeSpec, describeStorage } from "@/lib/browse/spec-text";
import type { RawEsaContainer } from "@/lib/esa/types";
import { containerFormFromWire } from "@/lib/version/from-wire";
import { EnvTable } from "./env-table";
import { ImageDetails } from "./image-details";
import { ProbeDetails } from "./probe-details";

interface ContainerCardProps {
  raw: RawEsaContainer;
  index: number;
  revealed: boolean;
}

const commandLine = (v: string) => (v ? v : <NotSet />);

function Part({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-2">
      <h4 className="text-sm font-semibold">{title}</h4>
      {children}
    </div>
  );
}

/** One container of a version, read with the editor's own reader (containerFormFromWire) so hooks
 * sent back as `{"exec":{"command":[…]}}` show as the command line the editor would prefill. */
export function ContainerCard({ raw, index, revealed }: ContainerCardProps) {
  const t = useTranslations("versions.container");
  const render = useRenderMessage();
  const container = containerFormFromWire(raw);
  const name = container.name || `#${index + 1}`;
  const titleId = `container-${index}-title`;
  return (
    <Card role="region" aria-labelledby={titleId} data-testid="container-card">
      <CardHeader>
        <CardTitle asChild>
          <h3 id={titleId}>
            <span className="font-normal text-muted-foreground">{t("heading")} </span>
            <span className="font-mono">{name}</span>
          </h3>
        </CardTitle>
      </CardHeader>
      <CardContent className="grid gap-6">
        <Part title={t("image")}>
          <ImageDetails container={container} />
        </Part>
        <Part title={t("resources")}>
          <DetailList>
            <DetailItem label={t("spec")}>
              <span className="font-mono">{container.spec || "—"}</span>{" "}
              {container.spec && `(${render(describeSpec(container.spec))})`}
            </DetailItem>
            <DetailItem label={t("storage")}>
              <span className="font-mono">{container.storage || "—"}</span>{" "}
              {container.storage && `(${describeStorage(container.storage)})`}
            </DetailItem>
          </DetailList>
        </Part>
        <Part title={t("startCommand")}>
          <DetailList columns={2}>
            <DetailItem label={t("command")} mono>
              {commandLine(container.command)}
            </DetailItem>
            <DetailItem label={t("args")} mono>
              {commandLine(container.args)}
            </DetailItem>
          </DetailList>
        </Part>
        <Part title={t("hooks")}>
          <DetailList columns={2}>
            {/* eslint-disable-next-line i18next/no-literal-string -- hook names stay in English (GLOSSARY.md) */}
            <DetailItem label="PostStart" mono>
              {commandLine(container.postStart)}
            </DetailItem>
            {/* eslint-disable-next-line i18next/no-literal-string -- hook names stay in English (GLOSSARY.md) */}
            <DetailItem label="PreStop" mono>
              {commandLine(container.preStop)}
            </DetailItem>
          </DetailList>
        </Part>
        <Part title={t("env")}>
          <EnvTable containerName={name} env={container.env} revealed={revealed} />
        </Part>
        <Part title={t("probe")}>
          <ProbeDetails container={container} />
        </Part>
      </CardContent>
    </Card>
  );
}
