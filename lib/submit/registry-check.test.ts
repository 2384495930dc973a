import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { crDemoSeed, SHOP_INSTANCE } from "@/lib/sandbox/cr/seed";
import { startSubmitHarness, type SubmitHarness } from "@/lib/testing/sandbox-submit-harness";
import { allInEnglish } from "@/lib/testing/i18n";
import { validVersion } from "@/lib/testing/version-fixtures";
import { acrImageFromPick } from "@/lib/version/acr-pick";
import type { VersionForm } from "@/lib/version/schema";

import type { CreateVersionResult, ValidateVersionResult } from "./results";

// On submit and on dry run, an Enterprise registry tag that no longer exists is refused on that
// container's tag field, against the sandbox's Container Registry (issue 20, section 2).

let h: SubmitHarness;
let validateVersion: (input: unknown) => Promise<ValidateVersionResult>;
let versionAuditSubject: typeof import("./audit-subject").versionAuditSubject;
beforeAll(async () => {
  h = await startSubmitHarness();
  const { validateVersion: validate } = await import("./validate-version");
  // The answer as the English UI shows it (the guard renders every reference).
  validateVersion = async (input) => allInEnglish(await validate(input));
  ({ versionAuditSubject } = await import("./audit-subject"));
});
afterAll(() => h.close());
beforeEach(() => h.reset());

const web = crDemoSeed().repositories.find((r) => r.RepoName === "web" && r.RepoNamespaceName === "shop")!;

function withRegistryImage(tag: string, name = "registry-check-1"): VersionForm {
  const base = validVersion();
  const filled = acrImageFromPick({
    instance: { instanceId: SHOP_INSTANCE, regionId: "cn-hangzhou" },
    domain: "shop-registry-registry.cn-hangzhou.cr.aliyuncs.com",
    repository: { repoId: web.RepoId, name: "web", namespace: "shop" },
    tag,
  });
  const second = { ...base.containers[0]!, name: "registry", isAcrImage: true, ...filled };
  return { ...base, appId: h.appId, name, containers: [base.containers[0]!, second] };
}

async function deleteTag(tag: string) {
  const res = await fetch(`${h.sandbox.url}/__sandbox/cr/tags/delete`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ repoId: web.RepoId, tag }),
  });
  expect(res.status).toBe(200);
}

describe("the registry tag check", () => {
  it("passes a dry run and a create while the tag exists", async () => {
    expect(await validateVersion(withRegistryImage("1.0.99"))).toMatchObject({ ok: true });
    const created: CreateVersionResult = await h.submitVersion(withRegistryImage("1.0.99"));
    expect(created).toMatchObject({ ok: true });
  });

  it("refuses a deleted tag on that container's tag field, at dry run and on submit, creating nothing", async () => {
    await deleteTag("1.0.99");
    const dry = await validateVersion(withRegistryImage("1.0.99"));
    expect(dry).toMatchObject({
      ok: false,
      fieldErrors: [{ path: "containers.1.acr.tag", message: expect.stringContaining('"1.0.99" no longer exists') }],
    });
    const submitted = await h.submitVersion(withRegistryImage("1.0.99"));
    expect(submitted).toMatchObject({ ok: false, fieldErrors: [{ path: "containers.1.acr.tag" }] });
    expect(await h.createRequests()).toHaveLength(0);
  });

  it("does not refuse when the registry cannot be read; the dry run says the check was skipped", async () => {
    await fetch(`${h.sandbox.url}/__sandbox/cr/deny`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ action: "GetRepoTag" }),
    });
    const dry = await validateVersion(withRegistryImage("1.0.99"));
    expect(dry).toMatchObject({ ok: true, message: expect.stringContaining("cr:ListRepositoryTag") });
    expect(dry.message).toMatch(
      /^All checks passed: the schema, the application exists, and the name is free\. Nothing was created\. Container Registry tags could not be checked: registry: /,
    );
  });

  it("records the registry coordinates in the create's audit payload", () => {
    const subject = versionAuditSubject(withRegistryImage("1.0.99"));
    expect(subject.payload).toMatchObject({
      registry: [
        {
          container: "registry",
          regionId: "cn-hangzhou",
          instanceId: SHOP_INSTANCE,
          repoId: web.RepoId,
          repository: "shop/web",
          tag: "1.0.99",
          domain: "shop-registry-registry.cn-hangzhou.cr.aliyuncs.com",
        },
      ],
    });
  });
});
