import { describe, expect, it } from "vitest";

import { allInEnglish, inLocale } from "@/lib/testing/i18n";

import { canViewApp, createRefusalsFor, seesAllApps } from "./app-visibility";
import { appPermissions } from "./permissions";
import { APP_ACTIONS } from "./policy";
import type { PersonAccess } from "./person-access";
import { roleOnApp, type GrantRule } from "./resolve-role";

function accessWith(grants: GrantRule[], isAdmin = false): PersonAccess {
  const person = { userId: "u-1", groups: [], isAdmin };
  return { person, grants, defaultGrant: null, roleOn: (app) => roleOnApp(person, grants, app) };
}
const grant = (role: GrantRule["role"], appPattern: string): GrantRule => ({
  subjectKind: "user",
  subjectId: "u-1",
  role,
  appPattern,
});

describe("appPermissions", () => {
  it("lets a viewer view only, and says what each other action needs", () => {
    const refusals = allInEnglish(appPermissions("shop-eu", "viewer").refusals);
    expect(refusals["app.view"]).toBeUndefined();
    expect(refusals["version.create"]).toBe(
      "You have viewer access to shop-eu; creating versions needs submitter. Ask an administrator for a grant.",
    );
    expect(refusals["version.validate"]).toContain("needs submitter");
    expect(refusals["version.reveal-secrets"]).toContain("revealing secret values needs submitter");
    expect(inLocale("zh-CN", appPermissions("shop-eu", "viewer").refusals["version.create"] ?? "")).toBe(
      "你在 shop-eu 上的角色是查看者；创建版本需要提交者角色。请向管理员申请授权。",
    );
  });

  it("lets a submitter do everything but releasing, and a releaser everything on the table", () => {
    const releaserOnly = Object.entries(APP_ACTIONS)
      .filter(([, policy]) => policy.needs === "releaser")
      .map(([action]) => action);
    expect(releaserOnly).toContain("release.publish-staging");
    expect(Object.keys(appPermissions("shop-eu", "submitter").refusals).sort()).toEqual(
      releaserOnly.sort(),
    );
    const submitter = allInEnglish(appPermissions("shop-eu", "submitter").refusals);
    expect(submitter["release.publish-production"]).toBe(
      "You have submitter access to shop-eu; publishing to production needs releaser. Ask an administrator for a grant.",
    );
    expect(submitter["release.approve"]).toContain(
      "approving production releases needs releaser",
    );
    expect(appPermissions("shop-eu", "releaser").refusals).toEqual({});
  });
});

describe("app list visibility", () => {
  const shop = { appId: "app-1", name: "shop-eu" };
  const blog = { appId: "app-2", name: "blog" };

  it("filters by grants unless the person sees everything", () => {
    const submitter = accessWith([grant("submitter", "shop-*")]);
    expect(seesAllApps(submitter)).toBe(false);
    expect(canViewApp(submitter, { id: shop.appId, name: shop.name })).toBe(true);
    expect(canViewApp(submitter, { id: blog.appId, name: blog.name })).toBe(false);
    expect(seesAllApps(accessWith([grant("viewer", "*")]))).toBe(true);
    expect(seesAllApps(accessWith([], true))).toBe(true);
  });

  it("disables New version on the rows the person may only view", () => {
    const mixed = accessWith([grant("submitter", "shop-*"), grant("viewer", "*")]);
    expect(allInEnglish(createRefusalsFor(mixed, [shop, blog]))).toEqual({
      "app-2":
        "You have viewer access to blog; creating versions needs submitter. Ask an administrator for a grant.",
    });
  });
});
