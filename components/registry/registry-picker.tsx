"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import type { CrInstance, CrRepository, CrTag } from "@/lib/cr/types";
import { acrImageFromPick, domainFor, type EndpointType } from "@/lib/version/acr-pick";
import type { AcrImageForm } from "@/lib/version/schema";
import { EndpointStep } from "./endpoint-step";
import { InstanceStep } from "./instance-step";
import { RepositoryStep } from "./repository-step";
import { useEndpoints } from "./registry-queries";
import { TagStep } from "./tag-step";

export type PickedImage = { image: string; acr: AcrImageForm };

type Props = {
  appId: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onPick: (picked: PickedImage) => void;
};

interface Choice {
  region: string;
  instance: CrInstance | null;
  endpoint: EndpointType;
  namespace: string;
  repository: CrRepository | null;
  page: number;
  tag: CrTag | null;
}

const EMPTY: Choice = { region: "", instance: null, endpoint: "internet", namespace: "", repository: null, page: 1, tag: null };

/**
 * Region and instance → endpoint → namespace → repository → tag, each level loading when the one
 * above is chosen. Choosing a level clears the levels below it. "Use this image" hands back every
 * ACRImageInfo field and the image, per acr-api-facts.md's mapping.
 */
export function RegistryPicker({ appId, open, onOpenChange, onPick }: Props) {
  const t = useTranslations("registry.picker");
  const [c, setC] = useState<Choice>(EMPTY);
  // The same cached read EndpointStep shows.
  const endpoints = useEndpoints(appId, c.region, c.instance?.instanceId ?? "");
  const domain = endpoints.data ? domainFor(endpoints.data, c.endpoint) : undefined;
  const picked =
    c.instance && c.repository && c.tag && domain
      ? acrImageFromPick({
          instance: { instanceId: c.instance.instanceId, regionId: c.instance.regionId },
          domain,
          repository: { repoId: c.repository.repoId, name: c.repository.name, namespace: c.repository.namespace },
          tag: c.tag.tag,
        })
      : null;

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent size="lg">
        <DialogHeader>
          <DialogTitle>{t("title")}</DialogTitle>
          <DialogDescription>{t("description")}</DialogDescription>
        </DialogHeader>
        <div className="grid gap-5">
          <InstanceStep
            appId={appId}
            region={c.region}
            instanceId={c.instance?.instanceId ?? ""}
            onRegion={(region) => setC({ ...EMPTY, region })}
            onInstance={(instance) => setC({ ...EMPTY, region: c.region, instance })}
          />
          {c.instance && (
            <EndpointStep
              appId={appId}
              region={c.region}
              instanceId={c.instance.instanceId}
              type={c.endpoint}
              onType={(endpoint) => setC({ ...c, endpoint })}
            />
          )}
          {c.instance && (
            <RepositoryStep
              appId={appId}
              region={c.region}
              instanceId={c.instance.instanceId}
              namespace={c.namespace}
              repoId={c.repository?.repoId ?? ""}
              onNamespace={(namespace) => setC({ ...c, namespace, repository: null, page: 1, tag: null })}
              onRepository={(repository) => setC({ ...c, repository, page: 1, tag: null })}
            />
          )}
          {c.instance && c.repository && (
            <TagStep
              appId={appId}
              region={c.region}
              instanceId={c.instance.instanceId}
              repoId={c.repository.repoId}
              page={c.page}
              tag={c.tag?.tag ?? ""}
              onPage={(page) => setC({ ...c, page })}
              onTag={(tag) => setC({ ...c, tag })}
            />
          )}
          {picked && (
            <p className="text-sm">
              {t.rich("image", {
                image: picked.image,
                mono: (chunks) => <span className="font-mono break-all">{chunks}</span>,
              })}
            </p>
          )}
        </div>
        <DialogFooter>
          <Button type="button" variant="outline" onClick={() => onOpenChange(false)}>
            {t("cancel")}
          </Button>
          <Button
            type="button"
            disabled={!picked}
            onClick={() => {
              if (!picked) return;
              onPick(picked);
              onOpenChange(false);
            }}
          >
            {t("use")}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
