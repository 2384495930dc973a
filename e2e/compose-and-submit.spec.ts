import { expect, test, type Page } from "@playwright/test";
import { resetSandbox, sandboxRequests } from "./support/sandbox";

const APP = "app-880688675783790001";

test.beforeEach(async () => {
  await resetSandbox();
});

async function card(page: Page, n: number) {
  return page.getByRole("region", { name: new RegExp(`^Container ${n}\\b`) });
}

test("compose three containers (exec, tcpSocket, httpGet), submit, and the sandbox receives exactly the previewed wire form", async ({ page }) => {
  await page.goto(`/apps/${APP}/versions/new`);
  await page.getByLabel("Version name").fill("release-three-probes");
  await page.getByLabel("Remarks (optional)").fill("three containers, one per probe type");

  // Container 1: exec probe, Container Registry image.
  let c = await card(page, 1);
  await c.getByLabel("Container name").fill("web");
  await c.getByLabel("Image", { exact: true }).fill("registry-vpc.cn-shanghai.aliyuncs.com/team/web:1.4.2");
  await c.getByLabel("Container Registry image").click();
  await c.getByLabel("Registry domain").fill("registry-vpc.cn-shanghai.aliyuncs.com");
  await c.getByLabel("Instance ID").fill("cri-abc123");
  await c.getByLabel("Region ID").fill("cn-shanghai");
  await c.getByLabel("Tag", { exact: true }).fill("1.4.2");
  await c.getByRole("radio", { name: /^2C4G/ }).click();
  await c.getByRole("radio", { name: /^exec/ }).click();
  await c.getByLabel("Probe command").fill("cat /tmp/healthy");

  // Container 2: tcpSocket, env pasted in text mode.
  await page.getByRole("button", { name: "Add container" }).click();
  c = await card(page, 2);
  await c.getByLabel("Container name").fill("worker");
  await c.getByLabel("Image", { exact: true }).fill("busybox:1.36");
  await c.getByRole("tab", { name: "Text" }).click();
  await c.getByLabel("Variables as text").fill("# worker settings\nNODE_ENV=production\n\nDB_PASSWORD=s3cr3t\nexport LOG_LEVEL=info");
  await c.getByRole("radio", { name: /^tcpSocket/ }).click();
  await c.getByLabel("Port", { exact: true }).fill("9000");
  await c.getByRole("radio", { name: /^20G/ }).click();

  // Container 3: httpGet with headers.
  await page.getByRole("button", { name: "Add container" }).click();
  c = await card(page, 3);
  await c.getByLabel("Container name").fill("api");
  await c.getByLabel("Image", { exact: true }).fill("nginx:1.25");
  await c.getByRole("radio", { name: /^httpGet/ }).click();
  await c.getByLabel("Path", { exact: true }).fill("/healthz");
  await c.getByLabel("Port", { exact: true }).fill("8080");
  await c.getByRole("button", { name: "Add header" }).click();
  await c.getByLabel("Header 1 name").fill("Content-Type");
  await c.getByLabel("Header 1 value").fill("application/json");

  // Read the wire form the preview shows, with secrets revealed.
  await page.getByLabel("Reveal secret values").click();
  await page.getByRole("tab", { name: "Wire form" }).click();
  const previewText = await page.getByTestId("preview-wire").textContent();
  const previewed = JSON.parse(previewText ?? "{}") as Record<string, string>;
  expect(Object.keys(previewed).sort()).toEqual(["AppId", "Containers", "Name", "Remarks"]);

  await page.getByRole("button", { name: "Create version" }).click();
  const review = page.getByRole("dialog", { name: "Review the new version" });
  await expect(review.getByTestId("version-summary")).toContainText("release-three-probes");
  await review.getByRole("button", { name: "Confirm and create" }).click();
  await expect(page.getByTestId("submit-success")).toContainText("Version created");

  const creates = await sandboxRequests("CreateEdgeContainerAppVersion");
  expect(creates).toHaveLength(1);
  const received = creates[0]!.body;
  expect(received).toEqual(previewed);
  const containers = JSON.parse(received.Containers!) as Record<string, unknown>[];
  expect(containers.map((x) => x.ProbeType)).toEqual(["exec", "tcpSocket", "httpGet"]);
  expect(containers[1]!.EnvVariables).toBe("NODE_ENV=production,DB_PASSWORD=s3cr3t,LOG_LEVEL=info");
  expect((containers[2]!.ProbeContent as Record<string, unknown>).HttpHeaders).toBe('[{"Content-Type":"application/json"}]');
  expect(containers[0]!.ACRImageInfo).toMatchObject({ InstanceId: "cri-abc123", RegionId: "cn-shanghai", Tag: "1.4.2" });
});
