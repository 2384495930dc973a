import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { AliyunError } from "@/lib/aliyun/errors";
import { publishSandbox } from "@/lib/aliyun/sandbox-holder";
import { SHOP_INSTANCE } from "@/lib/sandbox/cr/seed";
import { inEnglish, inLocale } from "@/lib/testing/i18n";
import { startPublishedSandbox, type PublishedSandbox } from "@/lib/testing/published-sandbox";
import { control } from "@/lib/testing/sdk-test-client";

// lib/cr against the sandbox's Container Registry: every request must pass the sandbox's
// independent signature verifier, with the official SDK's placement (acr-api-facts.md: every
// parameter in the query, an empty body, POST except GetRepoTag's GET).

type Ops = typeof import("./operations");
let published: PublishedSandbox;
let ops: Ops;

beforeEach(async () => {
  published = await startPublishedSandbox({ controlEnabled: true });
  vi.resetModules();
  ops = await import("./operations");
});
afterEach(() => published.close());

interface Logged {
  action: string;
  method: string;
  query: Record<string, string>;
  body: Record<string, string>;
  status: number;
}

async function logged(action: string): Promise<Logged[]> {
  const { body } = await control(published.sandbox, "GET", "/__sandbox/requests");
  return (body.requests as Logged[]).filter((r) => r.action === action);
}

async function rejection(promise: Promise<unknown>): Promise<AliyunError> {
  const error: unknown = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(AliyunError);
  return error as AliyunError;
}

async function shopWeb() {
  const repos = await ops.listRepositories("cn-hangzhou", SHOP_INSTANCE, { namespace: "shop", name: "we" });
  const web = repos.items.find((r) => r.name === "web");
  if (!web) throw new Error("seed has no shop/web");
  return web;
}

describe("Container Registry reads on the sandbox", () => {
  it("lists regions, and instances per region (the region comes from the host, not a parameter)", async () => {
    const regions = await ops.listInstanceRegions();
    expect(regions.map((r) => r.regionId)).toEqual(["cn-hangzhou", "cn-shanghai"]);
    const hz = await ops.listInstances("cn-hangzhou");
    const sh = await ops.listInstances("cn-shanghai");
    expect(hz.items.map((i) => i.name)).toEqual(["shop-registry", "data-registry"]);
    expect(sh.items).toEqual([
      expect.objectContaining({ name: "edge-registry", regionId: "cn-shanghai", status: "RUNNING", specification: "Enterprise_Advanced" }),
    ]);
    const [call] = await logged("ListInstance");
    expect(call?.query).not.toHaveProperty("RegionId");
  });

  it("pages tags newest first, with digest, size and times as numbers", async () => {
    const web = await shopWeb();
    const first = await ops.listTags("cn-hangzhou", SHOP_INSTANCE, web.repoId, { pageNo: 1, pageSize: 30 });
    const second = await ops.listTags("cn-hangzhou", SHOP_INSTANCE, web.repoId, { pageNo: 2, pageSize: 30 });
    expect(first.totalCount).toBe(130);
    expect(first.items[0]?.tag).toBe("1.0.129");
    expect(second.pageNo).toBe(2);
    expect(second.items[0]?.tag).toBe("1.0.99");
    expect(second.items).toHaveLength(30);
    const tag = second.items[0]!;
    expect(tag.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(typeof tag.updateTime).toBe("number");
    expect(tag.size).toBeGreaterThan(0);
    const one = await ops.getTag("cn-hangzhou", SHOP_INSTANCE, web.repoId, "1.0.99");
    expect(one).toEqual(tag);
  });

  it("keeps paging within the service's bounds: at most 100 a page, pages from 1; past the end is empty", async () => {
    const web = await shopWeb();
    const big = await ops.listTags("cn-hangzhou", SHOP_INSTANCE, web.repoId, { pageNo: 0, pageSize: 500 });
    expect(big).toMatchObject({ pageNo: 1, pageSize: 100, totalCount: 130 });
    expect(big.items).toHaveLength(100);
    const last = await ops.listTags("cn-hangzhou", SHOP_INSTANCE, web.repoId, { pageNo: 2, pageSize: 100 });
    expect(last.items.map((t) => t.tag).at(-1)).toBe("1.0.0");
    expect(last.items).toHaveLength(30);
    const past = await ops.listTags("cn-hangzhou", SHOP_INSTANCE, web.repoId, { pageNo: 9, pageSize: 100 });
    expect(past.items).toEqual([]);
    const sent = (await logged("ListRepoTag")).map((r) => [r.query.PageNo, r.query.PageSize]);
    expect(sent).toEqual([["1", "100"], ["2", "100"], ["9", "100"]]);
  });

  it("places every parameter in the query with an empty body; GetRepoTag is a GET", async () => {
    const web = await shopWeb();
    await ops.listInstanceEndpoints("cn-hangzhou", SHOP_INSTANCE);
    await ops.listNamespaces("cn-hangzhou", SHOP_INSTANCE);
    await ops.listTags("cn-hangzhou", SHOP_INSTANCE, web.repoId, { pageNo: 2, pageSize: 30 });
    await ops.getTag("cn-hangzhou", SHOP_INSTANCE, web.repoId, "1.0.3");
    const expected: Record<string, [string, Record<string, string>]> = {
      ListInstanceEndpoint: ["POST", { InstanceId: SHOP_INSTANCE, ModuleName: "Registry" }],
      ListNamespace: ["POST", { InstanceId: SHOP_INSTANCE, PageNo: "1", PageSize: "30" }],
      ListRepository: ["POST", { InstanceId: SHOP_INSTANCE, RepoNamespaceName: "shop", RepoName: "we", RepoStatus: "NORMAL", PageNo: "1", PageSize: "30" }],
      ListRepoTag: ["POST", { InstanceId: SHOP_INSTANCE, RepoId: web.repoId, PageNo: "2", PageSize: "30" }],
      GetRepoTag: ["GET", { InstanceId: SHOP_INSTANCE, RepoId: web.repoId, Tag: "1.0.3" }],
    };
    for (const [action, [method, query]] of Object.entries(expected)) {
      const [call] = await logged(action);
      // 200: the sandbox's verifier accepted the signature of exactly this request.
      expect(call, action).toMatchObject({ method, query, body: {}, status: 200 });
    }
  });

  it("treats a 200 with IsSuccess: false as an error, sent once", async () => {
    const web = await shopWeb();
    const error = await rejection(ops.getTag("cn-hangzhou", SHOP_INSTANCE, web.repoId, "9.9.9"));
    expect(error).toMatchObject({ kind: "service", code: "TAG_NOT_EXIST", httpStatus: 200, retryable: false });
    expect(inEnglish(error.message)).toMatch(/tag no longer exists/);
    expect(await logged("GetRepoTag")).toHaveLength(1);
    const wrongRegion = await rejection(ops.listNamespaces("cn-shanghai", SHOP_INSTANCE));
    expect(wrongRegion.code).toBe("INSTANCE_NOT_EXIST");
  });

  it("names the missing RAM action when the caller may not list instances", async () => {
    await control(published.sandbox, "POST", "/__sandbox/cr/deny", { action: "ListInstance" });
    const error = await rejection(ops.listInstances("cn-hangzhou"));
    expect(error).toMatchObject({ code: "NoPrivilege", httpStatus: 403 });
    expect(inEnglish(error.message)).toContain(
      "Your RAM user or role is not allowed to list the registry instances: it needs the RAM action cr:ListInstance.",
    );
    expect(inLocale("zh-CN", error.message)).toContain("无权列出镜像服务的实例：需要 RAM 权限 cr:ListInstance");
    expect(inEnglish(error.message)).not.toMatch(/secret/i);
  });

  it("refuses a region that is not a region ID before sending anything", async () => {
    const error = await rejection(ops.listInstances("evil.example.com/x"));
    expect(error.code).toBe("InvalidRegionId");
    expect(await logged("ListInstance")).toHaveLength(0);
  });

  it("forgets a deleted tag (test control)", async () => {
    const web = await shopWeb();
    const res = await control(published.sandbox, "POST", "/__sandbox/cr/tags/delete", { repoId: web.repoId, tag: "1.0.5" });
    expect(res.status).toBe(200);
    expect((await rejection(ops.getTag("cn-hangzhou", SHOP_INSTANCE, web.repoId, "1.0.5"))).code).toBe("TAG_NOT_EXIST");
  });
});

describe("the sandbox's verifier checks Container Registry calls too", () => {
  it("refuses a call signed with another secret, and never echoes the secret", async () => {
    const { endpoint, url, accessKeyId } = published.sandbox;
    publishSandbox(Promise.resolve({ endpoint, url, accessKeyId, accessKeySecret: "not-the-sandbox-secret" }));
    vi.resetModules();
    const fresh = (await import("./operations")) as Ops;
    const error = await rejection(fresh.listInstances("cn-hangzhou"));
    expect(error).toMatchObject({ code: "SignatureDoesNotMatch", httpStatus: 400 });
    expect(JSON.stringify(error.toPublic())).not.toContain("not-the-sandbox-secret");
  });

  it("answers a Container Registry action sent with ESA's version as the gateway does", async () => {
    const { rawCall, sdkClientFor } = await import("@/lib/testing/sdk-test-client");
    const client = sdkClientFor(published.sandbox);
    const answer = await rawCall(client, "ListInstance").then(
      () => undefined,
      (e: { code?: string }) => e.code,
    );
    expect(answer).toBe("InvalidVersion");
  });
});
