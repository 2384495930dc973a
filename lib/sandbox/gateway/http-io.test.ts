import { describe, expect, it } from "vitest";
import { gatewayErrorBody } from "./api-error";
import { isLoopback, queryParams, splitUrl } from "./http-io";

describe("isLoopback", () => {
  it.each([["127.0.0.1"], ["127.8.9.10"], ["::1"], ["::ffff:127.0.0.1"]])(
    "accepts %s",
    (address) => {
      expect(isLoopback(address)).toBe(true);
    },
  );
  it.each([
    [undefined],
    ["10.0.0.5"],
    ["192.168.1.20"],
    ["::ffff:10.0.0.5"],
    ["fe80::1"],
    ["1.127.0.0"],
  ])("refuses %s", (address) => {
    expect(isLoopback(address)).toBe(false);
  });
});

describe("url helpers", () => {
  it("splits path and raw query, and decodes query parameters", () => {
    expect(splitUrl("/?a=1&b=x%20y")).toEqual({ path: "/", rawQuery: "a=1&b=x%20y" });
    expect(splitUrl("/__sandbox/health")).toEqual({ path: "/__sandbox/health", rawQuery: "" });
    expect(queryParams("AppId=app-1&SearchKey=a%2Bb%20c")).toEqual({
      AppId: "app-1",
      SearchKey: "a+b c",
    });
  });
});

describe("gatewayErrorBody", () => {
  it("links the troubleshooting page with code, product and request id", () => {
    expect(gatewayErrorBody("ABC-1", "Throttling.User", "slow down")).toEqual({
      RequestId: "ABC-1",
      HostId: "esa.cn-hangzhou.aliyuncs.com",
      Code: "Throttling.User",
      Message: "slow down",
      Recommend:
        "https://api.aliyun.com/troubleshoot?q=Throttling.User&product=ESA&requestId=ABC-1",
    });
  });
});
