import { DetailItem, DetailList, NotSet } from "@/components/browse/detail-list";
import type { ContainerForm } from "@/lib/version/schema";

const text = (v: string) => v || <NotSet />;

/** The image, and for a Container Registry (ACR) image the registry details sent with it. */
export function ImageDetails({ container }: { container: ContainerForm }) {
  const { acr } = container;
  return (
    <div className="grid gap-3">
      <DetailList columns={2}>
        <DetailItem label="Image" mono>
          {text(container.image)}
        </DetailItem>
        <DetailItem label="Source">
          {container.isAcrImage
            ? "Alibaba Cloud Container Registry (ACR)"
            : "Public or other registry"}
        </DetailItem>
      </DetailList>
      {container.isAcrImage && (
        <DetailList className="rounded-md border border-border p-3">
          <DetailItem label="Registry edition">
            {acr.isEnterpriseRegistry ? "Enterprise Edition" : "Personal Edition"}
          </DetailItem>
          <DetailItem label="Registry domain" mono>
            {text(acr.domain)}
          </DetailItem>
          <DetailItem label="Instance ID" mono>
            {text(acr.instanceId)}
          </DetailItem>
          <DetailItem label="Region ID" mono>
            {text(acr.regionId)}
          </DetailItem>
          <DetailItem label="Repository" mono>
            {acr.repoNamespace || acr.repoName ? (
              [acr.repoNamespace, acr.repoName].filter(Boolean).join("/")
            ) : (
              <NotSet />
            )}
          </DetailItem>
          <DetailItem label="Repository ID" mono>
            {text(acr.repoId)}
          </DetailItem>
          <DetailItem label="Tag" mono>
            {text(acr.tag)}
          </DetailItem>
          <DetailItem label="Tag URL" mono>
            {text(acr.tagUrl)}
          </DetailItem>
        </DetailList>
      )}
    </div>
  );
}
