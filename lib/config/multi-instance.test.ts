import { describe, expect, it } from "vitest";

import { multiInstanceProblems } from "./multi-instance";

const DB = { DATABASE_URL: "postgres://studio:pw@db:5432/studio" };
const KEY = Buffer.alloc(32, 7).toString("base64");
const SECRET = "s".repeat(40);

describe("multi-instance start-up check", () => {
  it("asks nothing of the embedded database", () => {
    expect(multiInstanceProblems({})).toEqual([]);
  });

  it("requires the server-actions key and the auth secret with DATABASE_URL, saying why", () => {
    const problems = multiInstanceProblems(DB);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      /^NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be set when DATABASE_URL is: .*another/,
    );
    expect(problems[1]).toMatch(/^STUDIO_AUTH_SECRET \(or BETTER_AUTH_SECRET\) must be set/);
  });

  it("refuses a key that is not an AES key, without showing it", () => {
    const problems = multiInstanceProblems({
      ...DB,
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "not-a-key-value",
      STUDIO_AUTH_SECRET: SECRET,
    });
    expect(problems).toEqual([expect.stringMatching(/16, 24 or 32 bytes/)]);
    expect(problems.join(" ")).not.toContain("not-a-key-value");
  });

  it("accepts both values", () => {
    expect(
      multiInstanceProblems({
        ...DB,
        NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: KEY,
        BETTER_AUTH_SECRET: SECRET,
      }),
    ).toEqual([]);
  });
});
