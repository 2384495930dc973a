import { describe, expect, it } from "vitest";
import { emptyContainer, emptyVersionForm } from "./defaults";
import { DRAFT_FORMAT, readStoredDraft } from "./draft-reader";
import { inEnglish } from "@/lib/testing/i18n";
import { appDraftKeys, draftKey, legacyDraftKey } from "./draft-keys";
import { versionFormSchema } from "./request-schema";
import { buildCreateVersionParams } from "./build-params";

const APP = "app-880688675783790001";
const SAVED = "2026-11-30T10:00:00.000Z";
const v1 = { versionId: "ver-1", label: "v1-initial-release (ver-1)" };

const stored = (values: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: DRAFT_FORMAT, savedAt: SAVED, appId: APP, base: null, values, ...extra });

describe("readStoredDraft", () => {
  it("reads a current draft as it was saved", () => {
    const values = { ...emptyVersionForm(APP), name: "v3-work" };
    const read = readStoredDraft(stored(values, { base: v1 }), APP, v1);
    expect(read).toEqual({ kind: "ready", migrated: false, draft: { format: DRAFT_FORMAT, savedAt: SAVED, appId: APP, base: v1, values } });
  });

  it("has nothing to read when nothing is stored", () => {
    expect(readStoredDraft(null, APP, null)).toEqual({ kind: "none" });
  });

  it("fills fields an older release did not save from the defaults, so the preview can build it", () => {
    const container: Record<string, unknown> = { ...emptyContainer("web"), image: "nginx:1.27" };
    delete container.postStart;
    delete container.acr;
    const probe = { ...(container.probe as Record<string, unknown>) };
    delete probe.httpGet;
    container.probe = probe;
    const read = readStoredDraft(JSON.stringify({ savedAt: SAVED, values: { name: "old-draft", containers: [container] } }), APP, null);
    expect(read.kind).toBe("ready");
    if (read.kind !== "ready") return;
    expect(read.migrated).toBe(true);
    const c = read.draft.values.containers[0]!;
    expect(c.image).toBe("nginx:1.27");
    expect(c.postStart).toBe("");
    expect(c.acr).toEqual(emptyContainer().acr);
    expect(c.probe.httpGet).toEqual(emptyContainer().probe.httpGet);
    expect(read.draft.values.remarks).toBe("");
    expect(read.draft.values.appId).toBe(APP);
    expect(() => buildCreateVersionParams(read.draft.values)).not.toThrow();
  });

  it("keeps numbers an older release stored as numbers, as the text the form edits", () => {
    const container = { ...emptyContainer("web"), probe: { ...emptyContainer().probe, tcpSocket: { port: 8080 } } };
    const read = readStoredDraft(stored({ ...emptyVersionForm(APP), containers: [container] }), APP, null);
    expect(read.kind === "ready" && read.draft.values.containers[0]!.probe.tcpSocket.port).toBe("8080");
  });

  it("drops fields the form no longer has, so the strict schema judges the rest", () => {
    const values = { ...emptyVersionForm(APP), name: "valid-name", legacy: true };
    values.containers[0]!.image = "nginx:1.27";
    values.containers[0]!.probe.tcpSocket.port = "80";
    const read = readStoredDraft(stored(values), APP, null);
    expect(read.kind).toBe("ready");
    if (read.kind === "ready") expect(versionFormSchema.safeParse(read.draft.values).success).toBe(true);
  });

  it.each([
    ["a damaged container", stored({ ...emptyVersionForm(APP), containers: [null] }), /containers\[0\]/],
    ["containers that are not a list", stored({ ...emptyVersionForm(APP), containers: "web" }), /containers is not a list/],
    ["text that is an object", stored({ ...emptyVersionForm(APP), name: { first: "x" } }), /values\.name is not text/],
    ["text that is not JSON", "{\"savedAt\":", /not valid JSON/],
    ["no save time", JSON.stringify({ values: emptyVersionForm(APP) }), /save time/],
    ["a format from a newer release", stored(emptyVersionForm(APP), { format: 99 }), /newer release/],
  ])("sets aside %s with the reason and the raw text", (_, raw, reason) => {
    const read = readStoredDraft(raw, APP, null);
    expect(read).toMatchObject({ kind: "unreadable", raw });
    if (read.kind === "unreadable") expect(inEnglish(read.reason)).toMatch(reason);
  });
});

describe("draft keys", () => {
  it("key drafts by app and base version, none for a blank start", () => {
    expect(draftKey(APP, "ver-1")).not.toBe(draftKey(APP, "ver-2"));
    expect(draftKey(APP, null)).not.toBe(draftKey(APP, "ver-1"));
    expect(draftKey(APP, "ver-1")).not.toBe(draftKey("app-880688675783790002", "ver-1"));
  });

  it("find one app's drafts, not another's nor the old per-app one", () => {
    const keys = [draftKey(APP, null), draftKey(APP, "ver-2"), draftKey("app-880688675783790002", null), legacyDraftKey(APP), "other"];
    expect(appDraftKeys(keys, APP)).toEqual([draftKey(APP, null), draftKey(APP, "ver-2")]);
  });
});
