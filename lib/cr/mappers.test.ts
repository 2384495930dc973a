import { describe, expect, it } from "vitest";

import { AliyunError, toAliyunError } from "@/lib/aliyun/errors";
import { inEnglish, inLocale } from "@/lib/testing/i18n";

import { refuseUnsuccessful } from "./client";
import { mapInstancePage, mapTag, mapTagPage } from "./mappers";
import { CR_PROFILE } from "./profile";

describe("Container Registry bodies", () => {
  it("reads TotalCount whether a number (ListInstance) or a string (ListRepoTag)", () => {
    const instances = mapInstancePage(
      { Instances: [{ InstanceId: "cri-a", InstanceName: "a", RegionId: "cn-shanghai" }], TotalCount: 41, PageNo: 2, PageSize: 30 },
      "cn-hangzhou",
    );
    expect(instances).toMatchObject({ totalCount: 41, pageNo: 2, pageSize: 30 });
    expect(instances.items[0]?.regionId).toBe("cn-shanghai");
    const tags = mapTagPage({ Images: [{ Tag: "1.0.0", ImageUpdate: "1767225600000", ImageCreate: "1767225500000", ImageSize: 12 }], TotalCount: "130", PageNo: 3, PageSize: 30 });
    expect(tags.totalCount).toBe(130);
    expect(tags.items[0]).toMatchObject({ tag: "1.0.0", updateTime: 1767225600000, createTime: 1767225500000, size: 12 });
  });

  it("reads GetRepoTag's numeric times the same as ListRepoTag's strings", () => {
    const fromGet = mapTag("GetRepoTag", { Tag: "x", ImageUpdate: 5, ImageCreate: 4 });
    const fromList = mapTag("ListRepoTag", { Tag: "x", ImageUpdate: "5", ImageCreate: "4" });
    expect(fromGet).toEqual(fromList);
  });

  it("refuses an item without the identifier the picker keys on", () => {
    expect(() => mapTagPage({ Images: [{ Digest: "sha256:1" }] })).toThrow(AliyunError);
  });
});

describe("IsSuccess: false", () => {
  it("turns a 200 that says IsSuccess false into a service error with its code", () => {
    const error = refuseUnsuccessful("ListRepoTag", { RequestId: "R1", IsSuccess: false, Code: "REPO_NOT_EXIST", Message: "repo not exist." });
    expect(error).toBeInstanceOf(AliyunError);
    expect(error).toMatchObject({ kind: "service", code: "REPO_NOT_EXIST", httpStatus: 200, requestId: "R1", serviceMessage: "repo not exist", retryable: false });
    expect(inEnglish(error?.message ?? "")).toMatch(/repository no longer exists/);
    expect(inLocale("zh-CN", error?.message ?? "")).toContain("该镜像仓库已不在此实例中");
  });

  it("accepts IsSuccess true and bodies without the flag", () => {
    expect(refuseUnsuccessful("ListInstance", { IsSuccess: true, Code: "success" })).toBeUndefined();
    expect(refuseUnsuccessful("ListInstance", { Instances: [] })).toBeUndefined();
  });

  it("words the same code alike when it comes as an HTTP error instead", () => {
    const thrown = Object.assign(new Error("REPO_NOT_EXIST: ..."), {
      code: "REPO_NOT_EXIST",
      statusCode: 404,
      data: { Code: "REPO_NOT_EXIST", Message: "repo not exist", RequestId: "R2", statusCode: 404 },
    });
    const error = toAliyunError(thrown, { action: "ListRepoTag" }, CR_PROFILE);
    expect(error.message).toBe(refuseUnsuccessful("ListRepoTag", { IsSuccess: false, Code: "REPO_NOT_EXIST" })?.message);
    expect(error.httpStatus).toBe(404);
  });
});
