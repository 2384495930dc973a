import { describe, expect, it } from "vitest";
import { MASK } from "@/lib/version/mask-secrets";
import { maskContainerSecrets, maskEnvVariables } from "./mask-container";

describe("maskEnvVariables", () => {
  it("hides values whose names look secret and keeps the rest", () => {
    expect(maskEnvVariables("NODE_ENV=production,DB_PASSWORD=s3cr3t,API_KEY=a=b")).toBe(
      `NODE_ENV=production,DB_PASSWORD=${MASK},API_KEY=${MASK}`,
    );
  });

  it("leaves empty secret values empty", () => {
    expect(maskEnvVariables("TOKEN=")).toBe("TOKEN=");
  });
});

describe("maskContainerSecrets", () => {
  it("returns copies and never changes the input", () => {
    const input = [{ Name: "web", EnvVariables: "SECRET=x" }, { Name: "sidecar" }];
    const masked = maskContainerSecrets(input);
    expect(masked[0]).toEqual({ Name: "web", EnvVariables: `SECRET=${MASK}` });
    expect(masked[1]).toEqual({ Name: "sidecar" });
    expect(input[0]!.EnvVariables).toBe("SECRET=x");
  });
});
