import { inEnglish } from "@/lib/testing/i18n";
import type { ResolverOptions } from "react-hook-form";
import { describe, expect, it } from "vitest";
import type { VersionForm } from "@/lib/version/schema";
import {
  execContainer,
  httpGetContainer,
  tcpContainer,
  validVersion,
} from "@/lib/testing/version-fixtures";
import { singleContainer, versionResolver } from "./form-resolver";

const options = (names?: string[]) =>
  ({
    names,
    fields: {},
    shouldUseNativeValidation: false,
    criteriaMode: "firstError",
  }) as ResolverOptions<VersionForm>;

async function errorsFor(values: VersionForm, names?: string[]) {
  return (await versionResolver(values, undefined, options(names))).errors;
}

function threeContainers(): VersionForm {
  const v = validVersion();
  return {
    ...v,
    containers: [httpGetContainer(), execContainer(), tcpContainer()].map((c, i) => ({
      ...c,
      name: `c${i}`,
    })),
  };
}

describe("singleContainer", () => {
  it("finds the one container the names belong to", () => {
    expect(singleContainer(["containers.3.image"])).toBe(3);
    expect(singleContainer(["containers.12.probe.httpGet.port", "containers.12.env.0.key"])).toBe(
      12,
    );
  });

  it("gives up on version fields, several containers, the list itself, or no names", () => {
    expect(singleContainer(["name"])).toBeUndefined();
    expect(singleContainer(["containers.1.image", "containers.2.image"])).toBeUndefined();
    expect(singleContainer(["containers"])).toBeUndefined();
    expect(singleContainer(["containers.1.image", "remarks"])).toBeUndefined();
    expect(singleContainer([])).toBeUndefined();
    expect(singleContainer(undefined)).toBeUndefined();
  });
});

describe("versionResolver", () => {
  it("judges a field of one container exactly as the whole-version check does, at the same path", async () => {
    const v = threeContainers();
    v.containers[1]!.image = "";
    v.containers[2]!.probe.tcpSocket.port = "70000";
    const whole = await errorsFor(v);
    const scoped1 = await errorsFor(v, ["containers.1.image"]);
    expect(scoped1.containers?.[1]?.image?.message).toBeTruthy();
    expect(scoped1.containers?.[1]?.image?.message).toBe(whole.containers?.[1]?.image?.message);
    // Only that container is judged: the bad port of container 2 is not reported by it.
    expect(scoped1.containers?.[2]).toBeUndefined();
    const scoped2 = await errorsFor(v, ["containers.2.probe.tcpSocket.port"]);
    expect(scoped2.containers?.[2]?.probe?.tcpSocket?.port?.message).toBe(
      whole.containers?.[2]?.probe?.tcpSocket?.port?.message,
    );
  });

  it("reports nothing for a valid container even when another container and the version are invalid", async () => {
    const v = threeContainers();
    v.name = "";
    v.containers[2]!.image = "";
    expect(await errorsFor(v, ["containers.0.image"])).toEqual({});
    const whole = await errorsFor(v);
    expect(whole.name).toBeDefined();
    expect(whole.containers?.[2]?.image).toBeDefined();
  });

  it("leaves cross-container rules to the whole-version check (unique names)", async () => {
    const v = threeContainers();
    v.containers[2]!.name = "c0";
    expect(inEnglish((await errorsFor(v)).containers?.[2]?.name?.message ?? "")).toMatch(
      /already named "c0"/,
    );
    expect(
      inEnglish((await errorsFor(v, ["containers", "name"])).containers?.[2]?.name?.message ?? ""),
    ).toMatch(/already named "c0"/);
  });
});
