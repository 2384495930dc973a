import { describe, expect, it } from "vitest";

import { MASK } from "@/lib/version/mask-secrets";

import { maskPayload } from "./mask-payload";

describe("maskPayload", () => {
  it("masks properties whose names look secret, at any depth, and keeps the rest", () => {
    expect(
      maskPayload({
        name: "v1",
        auth: { password: "hunter2", accessKeyId: "LTAI123", user: "ops" },
        retries: 3,
      }),
    ).toEqual({
      name: "v1",
      auth: { password: MASK, accessKeyId: MASK, user: "ops" },
      retries: 3,
    });
  });

  it("masks the value of a {key, value} or {name, value} pair by the pair's name", () => {
    expect(
      maskPayload({
        env: [
          { key: "DB_PASSWORD", value: "s3cret" },
          { key: "MODE", value: "prod" },
        ],
        headers: [{ name: "X-Api-Token", value: "abc" }],
      }),
    ).toEqual({
      env: [
        { key: "DB_PASSWORD", value: MASK },
        { key: "MODE", value: "prod" },
      ],
      headers: [{ name: "X-Api-Token", value: MASK }],
    });
  });

  it("masks secret-looking entries of the wire EnvVariables string", () => {
    expect(maskPayload({ EnvVariables: "API_KEY=abc,REGION=eu" })).toEqual({
      EnvVariables: `API_KEY=${MASK},REGION=eu`,
    });
  });

  it("leaves empty secrets empty so a reader sees they were not set", () => {
    expect(maskPayload({ token: "", nested: [{ key: "SECRET", value: "" }] })).toEqual({
      token: "",
      nested: [{ key: "SECRET", value: "" }],
    });
  });
});
