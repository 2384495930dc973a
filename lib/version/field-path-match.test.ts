import { describe, expect, it } from "vitest";
import { changeConcerns } from "./field-path-match";

describe("changeConcerns", () => {
  it("matches the named field, a field inside it and the list holding it", () => {
    expect(changeConcerns("name", "name")).toBe(true);
    expect(changeConcerns("containers.0.probe", "containers.0.probe.tcpSocket.port")).toBe(true);
    expect(changeConcerns("containers.0.image", "containers")).toBe(true);
  });

  it("does not match another field, even one whose name starts the same", () => {
    expect(changeConcerns("name", "remarks")).toBe(false);
    expect(changeConcerns("containers.1.image", "containers.10.image")).toBe(false);
    expect(changeConcerns("containers.0.image", "containers.0.imageTag")).toBe(false);
  });
});
