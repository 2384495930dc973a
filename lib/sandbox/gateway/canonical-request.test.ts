import { describe, expect, it } from "vitest";
import {
  canonicalHeaderBlock,
  canonicalQueryString,
  parseRawQuery,
  rfc3986Encode,
} from "./canonical-request";

describe("rfc3986Encode", () => {
  it("keeps only A-Za-z0-9-_.~ literal and uses uppercase hex", () => {
    expect(rfc3986Encode("aZ09-_.~ !*'()/+=&ä")).toBe(
      "aZ09-_.~%20%21%2A%27%28%29%2F%2B%3D%26%C3%A4",
    );
  });
});

describe("canonical query", () => {
  it("decodes the wire query and re-encodes it the RFC 3986 way, sorted by key", () => {
    const pairs = parseRawQuery("b=x%20y*z&a=%7e~&c=%2a!&flag");
    expect(canonicalQueryString(pairs ?? [])).toBe("a=~~&b=x%20y%2Az&c=%2A%21&flag=");
  });

  it("rejects malformed percent-encoding", () => {
    expect(parseRawQuery("a=%E0%A4%A")).toBeNull();
  });
});

describe("canonical headers", () => {
  it("joins repeated headers sorted with commas, trims values, and names a missing one", () => {
    const headers = { host: " example.com ", "x-acs-multi": ["b ", " a"] };
    expect(canonicalHeaderBlock(headers, ["host", "x-acs-multi"])).toEqual({
      ok: true,
      block: "host:example.com\nx-acs-multi:a,b\n",
    });
    expect(canonicalHeaderBlock(headers, ["host", "x-acs-date"])).toEqual({
      ok: false,
      missing: "x-acs-date",
    });
  });
});
