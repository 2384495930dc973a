import { useTranslations } from "next-intl";
import { DetailItem, DetailList, NotSet } from "@/components/browse/detail-list";
import type { ContainerForm } from "@/lib/version/schema";

const text = (v: string) => v || <NotSet />;

/** The image, and for a Container Registry (ACR) image the registry details sent with it. */
export function ImageDetails({ container }: { container: ContainerForm }) {
  const t = useTranslations("versions.image");
  const { acr } = container;
  return (
    <div className="grid gap-3">
      <DetailList columns={2}>
        <DetailItem label={t("image")} mono>
          {text(container.image)}
        </DetailItem>
        <DetailItem label={t("source")}>
          {container.isAcrImage ? t("acr") : t("otherRegistry")}
        </DetailItem>
      </DetailList>
      {container.isAcrImage && (
        <DetailList className="rounded-md border border-border p-3">
          <DetailItem label={t("edition")}>
            {acr.isEnterpriseRegistry ? t("enterprise") : t("personal")}
          </DetailItem>
          <DetailItem label={t("domain")} mono>
            {text(acr.domain)}
          </DetailItem>
          <DetailItem label={t("instanceId")} mono>
            {text(acr.instanceId)}
          </DetailItem>
          <DetailItem label={t("regionId")} mono>
            {text(acr.regionId)}
          </DetailItem>
          <DetailItem label={t("repository")} mono>
            {acr.repoNamespace || acr.repoName ? (
              [acr.repoNamespace, acr.repoName].filter(Boolean).join("/")
            ) : (
              <NotSet />
            )}
          </DetailItem>
          <DetailItem label={t("repositoryId")} mono>
            {text(acr.repoId)}
          </DetailItem>
          <DetailItem label={t("tag")} mono>
            {text(acr.tag)}
          </DetailItem>
          <DetailItem label={t("tagUrl")} mono>
            {text(acr.tagUrl)}
          </DetailItem>
        </DetailList>
      )}
    </div>
  );
}
