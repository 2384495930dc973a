import { describe, expect, it } from "vitest";

import { grantsForPerson, roleOnApp, type GrantRule, type Person } from "./resolve-role";
import { highestRole, roleAllows } from "./roles";

const ada: Person = { userId: "u-ada", groups: ["team-shop"], isAdmin: false };
const shopEu = { id: "app-1", name: "shop-eu" };
const blog = { id: "app-2", name: "blog" };

const grants: GrantRule[] = [
  { subjectKind: "user", subjectId: "u-ada", role: "viewer", appPattern: "*" },
  { subjectKind: "group", subjectId: "team-shop", role: "submitter", appPattern: "shop-*" },
  { subjectKind: "user", subjectId: "u-bob", role: "releaser", appPattern: "*" },
  { subjectKind: "group", subjectId: "ops", role: "releaser", appPattern: "*" },
];

describe("roles", () => {
  it("orders viewer < submitter < releaser", () => {
    expect(roleAllows("releaser", "submitter")).toBe(true);
    expect(roleAllows("submitter", "submitter")).toBe(true);
    expect(roleAllows("viewer", "submitter")).toBe(false);
    expect(roleAllows(null, "viewer")).toBe(false);
    expect(highestRole(["viewer", "releaser", "submitter"])).toBe("releaser");
    expect(highestRole([])).toBeNull();
  });
});

describe("roleOnApp", () => {
  it("takes the highest matching grant over the person's own and their groups' grants", () => {
    expect(roleOnApp(ada, grants, shopEu)).toBe("submitter");
    expect(roleOnApp(ada, grants, blog)).toBe("viewer");
  });

  it("ignores other people's and other groups' grants", () => {
    expect(grantsForPerson(ada, grants).map((g) => g.subjectId)).toEqual(["u-ada", "team-shop"]);
  });

  it("gives no access without a matching grant", () => {
    const carol: Person = { userId: "u-carol", groups: [], isAdmin: false };
    expect(roleOnApp(carol, grants, shopEu)).toBeNull();
  });

  it("loses a group's role as soon as the group is gone", () => {
    expect(roleOnApp({ ...ada, groups: [] }, grants, shopEu)).toBe("viewer");
  });

  it("applies the default grant to everyone, below a higher own grant", () => {
    const carol: Person = { userId: "u-carol", groups: [], isAdmin: false };
    const byDefault = { role: "viewer" as const, appPattern: "shop-*" };
    expect(roleOnApp(carol, grants, shopEu, byDefault)).toBe("viewer");
    expect(roleOnApp(carol, grants, blog, byDefault)).toBeNull();
    expect(roleOnApp(ada, grants, shopEu, byDefault)).toBe("submitter");
  });

  it("makes the global admin a releaser on every app", () => {
    expect(roleOnApp({ userId: "u-root", groups: [], isAdmin: true }, [], blog)).toBe("releaser");
  });
});
