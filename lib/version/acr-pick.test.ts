import { describe, expect, it } from "vitest";

import { acrImageFromPick, applyRetag, domainFor, withTag } from "./acr-pick";
import { buildCreateVersionParams } from "./build-params";
import { validVersion } from "@/lib/testing/version-fixtures";

const endpoints = [
  { type: "internet", enabled: true, domains: [{ domain: "shop-registry-registry.cn-hangzhou.cr.aliyuncs.com", type: "SYSTEM" }] },
  {
    type: "vpc",
    enabled: true,
    domains: [
      { domain: "pull.example.com", type: "USER" },
      { domain: "shop-registry-registry-vpc.cn-hangzhou.cr.aliyuncs.com", type: "SYSTEM" },
    ],
  },
];

const pick = {
  instance: { instanceId: "cri-shop7k2m9xq4vb", regionId: "cn-hangzhou" },
  domain: "shop-registry-registry-vpc.cn-hangzhou.cr.aliyuncs.com",
  repository: { repoId: "crr-0123456789abcdef", name: "web", namespace: "shop" },
  tag: "1.0.99",
};

describe("the picker's mapping to ACRImageInfo (acr-api-facts.md)", () => {
  it("takes the chosen endpoint's SYSTEM domain, and nothing from a disabled endpoint", () => {
    expect(domainFor(endpoints, "internet")).toBe("shop-registry-registry.cn-hangzhou.cr.aliyuncs.com");
    expect(domainFor(endpoints, "vpc")).toBe("shop-registry-registry-vpc.cn-hangzhou.cr.aliyuncs.com");
    expect(domainFor([{ ...endpoints[0]!, enabled: false }], "internet")).toBeUndefined();
  });

  it("fills all nine fields and the image with the tag URL", () => {
    const tagUrl = "shop-registry-registry-vpc.cn-hangzhou.cr.aliyuncs.com/shop/web:1.0.99";
    expect(acrImageFromPick(pick)).toEqual({
      image: tagUrl,
      acr: {
        isEnterpriseRegistry: true,
        domain: "shop-registry-registry-vpc.cn-hangzhou.cr.aliyuncs.com",
        instanceId: "cri-shop7k2m9xq4vb",
        regionId: "cn-hangzhou",
        repoId: "crr-0123456789abcdef",
        repoName: "web",
        repoNamespace: "shop",
        tag: "1.0.99",
        tagUrl,
      },
    });
  });

  it("goes on the wire as ACRImageInfo with the PascalCase keys", () => {
    const filled = acrImageFromPick(pick);
    const base = validVersion();
    const values = {
      ...base,
      containers: [{ ...base.containers[0]!, isAcrImage: true, image: filled.image, acr: filled.acr }],
    };
    const [wire] = JSON.parse(buildCreateVersionParams(values).Containers) as Record<string, unknown>[];
    expect(wire).toMatchObject({
      Image: filled.image,
      IsACRImage: true,
      ACRImageInfo: {
        IsEnterpriseRegistry: true,
        Domain: pick.domain,
        InstanceId: "cri-shop7k2m9xq4vb",
        RegionId: "cn-hangzhou",
        RepoId: "crr-0123456789abcdef",
        RepoName: "web",
        RepoNamespace: "shop",
        Tag: "1.0.99",
        TagUrl: filled.image,
      },
    });
  });

  it("moves to a newer tag changing only Tag, TagUrl and Image", () => {
    const filled = acrImageFromPick(pick);
    const moved = withTag(filled, "1.0.129");
    expect(moved.image).toBe("shop-registry-registry-vpc.cn-hangzhou.cr.aliyuncs.com/shop/web:1.0.129");
    expect(moved.acr).toEqual({ ...filled.acr, tag: "1.0.129", tagUrl: moved.image });
    expect(withTag({ image: "mirror.example.com/web:1.0.99", acr: filled.acr }, "2.0.0").image).toBe("mirror.example.com/web:2.0.0");
  });
});

describe("a retag offer from a version page", () => {
  const filled = acrImageFromPick(pick);
  const base = validVersion();
  const values = {
    ...base,
    containers: [base.containers[0]!, { ...base.containers[0]!, name: "web2", isAcrImage: true, image: filled.image, acr: filled.acr }],
  };

  it("moves only the named container to the tag", () => {
    const next = applyRetag(values, "1:1.0.129");
    expect(next.containers[0]).toBe(values.containers[0]);
    expect(next.containers[1]).toEqual({ ...values.containers[1], ...withTag(filled, "1.0.129") });
  });

  it("ignores malformed offers and containers that are not Enterprise registry images", () => {
    for (const bad of ["0:1.0.129", "7:1.0.1", "1:bad tag", "1", undefined, ["1:1.0.1"]])
      expect(applyRetag(values, bad)).toBe(values);
  });
});
