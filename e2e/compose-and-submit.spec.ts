import { expect, test } from "./support/fixtures";

test("compose three containers (exec, tcpSocket, httpGet), submit, and the sandbox receives exactly the previewed wire form", async ({ page, editor, sandbox, t }) => {
  await editor.open();
  await editor.versionName.fill("release-three-probes");
  await editor.remarks.fill("three containers, one per probe type");

  // Container 1: exec probe, Container Registry image.
  let c = editor.card(1);
  await editor.containerName(1).fill("web");
  await editor.image(1).fill("registry-vpc.cn-shanghai.aliyuncs.com/team/web:1.4.2");
  await c.getByLabel(t("editor.image.acr")).click();
  await c.getByLabel(t("editor.image.domain")).fill("registry-vpc.cn-shanghai.aliyuncs.com");
  await c.getByLabel(t("editor.image.instanceId")).fill("cri-abc123");
  await c.getByLabel(t("editor.image.regionId")).fill("cn-shanghai");
  await c.getByLabel(t("editor.image.tag"), { exact: true }).fill("1.4.2");
  await c.getByRole("radio", { name: /^2C4G/ }).click();
  await editor.probeType(1, "exec").click();
  await c.getByLabel(t("editor.probe.command")).fill("cat /tmp/healthy");

  // Container 2: tcpSocket, env pasted in text mode.
  await page.getByRole("button", { name: t("editor.containers.add") }).click();
  c = editor.card(2);
  await editor.containerName(2).fill("worker");
  await editor.image(2).fill("busybox:1.36");
  await c.getByRole("tab", { name: t("editor.env.text") }).click();
  await c.getByLabel(t("editor.env.textLabel")).fill("# worker settings\nNODE_ENV=production\n\nDB_PASSWORD=s3cr3t\nexport LOG_LEVEL=info");
  await editor.probeType(2, "tcpSocket").click();
  await editor.port(2).fill("9000");
  await c.getByRole("radio", { name: /^20G/ }).click();

  // Container 3: httpGet with headers.
  await page.getByRole("button", { name: t("editor.containers.add") }).click();
  c = editor.card(3);
  await editor.containerName(3).fill("api");
  await editor.image(3).fill("nginx:1.25");
  await editor.probeType(3, "httpGet").click();
  await c.getByLabel(t("editor.probe.path"), { exact: true }).fill("/healthz");
  await editor.port(3).fill("8080");
  await c.getByRole("button", { name: t("editor.probe.addHeader") }).click();
  await c.getByLabel(t("editor.probe.headerName", { n: 1 })).fill("Content-Type");
  await c.getByLabel(t("editor.probe.headerValue", { n: 1 })).fill("application/json");

  // Read the wire form the preview shows, with secrets revealed.
  const previewed = await editor.readWirePreview();
  expect(Object.keys(previewed).sort()).toEqual(["AppId", "Containers", "Name", "Remarks"]);

  await editor.submitButton.click();
  // Without a base version, the review summarises what will be created.
  await expect(editor.reviewDialog).toContainText("release-three-probes");
  await editor.reviewDialog.getByRole("button", { name: t("editor.review.confirm") }).click();
  await expect(editor.successAlert).toContainText(t("editor.outcome.created"));

  const creates = await sandbox.requests("CreateEdgeContainerAppVersion");
  expect(creates).toHaveLength(1);
  const received = creates[0]!.body;
  expect(received).toEqual(previewed);
  const containers = JSON.parse(received.Containers!) as Record<string, unknown>[];
  expect(containers.map((x) => x.ProbeType)).toEqual(["exec", "tcpSocket", "httpGet"]);
  expect(containers[1]!.EnvVariables).toBe("NODE_ENV=production,DB_PASSWORD=s3cr3t,LOG_LEVEL=info");
  expect((containers[2]!.ProbeContent as Record<string, unknown>).HttpHeaders).toBe('[{"Content-Type":"application/json"}]');
  expect(containers[0]!.ACRImageInfo).toMatchObject({ InstanceId: "cri-abc123", RegionId: "cn-shanghai", Tag: "1.4.2" });
});
