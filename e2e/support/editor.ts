import { translatorFor, type T } from "./i18n";
import { expect, type Locator, type Page } from "@playwright/test";
import { editorPath, SHOP } from "./seed";

// The version editor as a person sees it: everything is found by role, label or text.

type ProbeType = "exec" | "tcpSocket" | "httpGet";
/** The preview's code views, by their accessible names. */
type PreviewCode =
  | "request JSON"
  | "wire form"
  | "Containers, wrapped for reading"
  | "aliyun CLI command"
  | "TypeScript snippet";

export class EditorPage {
  constructor(
    readonly page: Page,
    readonly t: T = translatorFor("en"),
  ) {}

  /** Opens the editor (shop-frontend's by default) and waits until it responds to input. */
  async open(path = editorPath(SHOP)): Promise<void> {
    await this.page.goto(path);
    await expect(this.page.getByRole("heading", { name: "New version" })).toBeVisible();
    await this.waitForHydration();
  }

  /**
   * The editor arrives as server-rendered HTML and only works once React has hydrated it: a click
   * before that is lost and a value typed before it is reset. React marks each element it hydrates
   * with its props; the preview's reveal switch renders last, so once it is marked the editor is live.
   */
  async waitForHydration(): Promise<void> {
    await this.page.waitForFunction(() => {
      const last = document.getElementById("reveal-secrets");
      return last !== null && Object.keys(last).some((k) => k.startsWith("__reactProps$"));
    });
  }

  get versionName(): Locator {
    return this.page.getByLabel("Version name");
  }
  get remarks(): Locator {
    return this.page.getByLabel("Remarks (optional)");
  }
  get submitButton(): Locator {
    return this.page.getByRole("button", { name: "Create version" });
  }
  get validateButton(): Locator {
    return this.page.getByRole("button", { name: "Validate (dry run)" });
  }
  get reviewDialog(): Locator {
    return this.page.getByRole("dialog", { name: "Review the new version" });
  }
  /** The form-level outcome alerts (Next.js has its own role="alert" route announcer, hence the filter). */
  get failureAlert(): Locator {
    return this.page.getByRole("alert").filter({ hasText: "Not created" });
  }
  get successAlert(): Locator {
    return this.page.getByRole("alert").filter({ hasText: /Version created|already exists/ });
  }
  /** The notice shown when a saved draft was restored into the form (hidden ones count too, so
   * that "no notice" means none in the document). */
  get draftNotice(): Locator {
    return this.page.getByRole("status", { includeHidden: true }).filter({ hasText: "Restored draft from" });
  }

  /** Other drafts of the same application (started from another base), offered as links. */
  get otherDrafts(): Locator {
    return this.page.getByRole("status", { includeHidden: true }).filter({ hasText: "This application has" });
  }
  /** The notice for a stored draft the editor could not read, with its download and Start fresh. */
  get draftSetAside(): Locator {
    return this.page.getByRole("alert", { includeHidden: true }).filter({ hasText: "A saved draft could not be read" });
  }
  /** What the preview shows in its place when building it failed in the browser. */
  get previewError(): Locator {
    return this.page.getByRole("alert", { includeHidden: true }).filter({ hasText: "The preview could not be shown" });
  }
  /** The route's error page, which replaces the whole editor (hidden ones count too). */
  get pageError(): Locator {
    return this.page
      .getByRole("alert", { includeHidden: true })
      .filter({ hasText: "Something went wrong while loading this page" });
  }

  /** Container card n (1-based): a region named by its heading "Container n …". */
  card(n: number): Locator {
    return this.page.getByRole("region", { name: new RegExp(`^Container ${n}\\b`) });
  }
  containerName(n: number): Locator {
    return this.card(n).getByLabel("Container name");
  }
  image(n: number): Locator {
    return this.card(n).getByLabel("Image", { exact: true });
  }
  /** The port of the probe type shown (tcpSocket's and httpGet's are kept apart). */
  port(n: number): Locator {
    return this.card(n).getByLabel("Port", { exact: true });
  }
  probeType(n: number, type: ProbeType): Locator {
    return this.card(n).getByRole("radio", { name: new RegExp(`^${type},`) });
  }

  /** A code view of the preview; hidden ones count too, so that "not built" means not in the document. */
  previewCode(name: PreviewCode): Locator {
    return this.page.getByRole("region", { name, exact: true, includeHidden: true });
  }

  /** The wire form the preview shows, with secret values revealed. */
  async readWirePreview(): Promise<Record<string, string>> {
    await this.page.getByLabel("Reveal secret values").check();
    await this.page.getByRole("tab", { name: "Wire form" }).click();
    return JSON.parse((await this.previewCode("wire form").textContent()) ?? "{}") as Record<string, string>;
  }

  /** The smallest valid version in the default single-container editor: name, image, probe port. */
  async fillValidMinimum(name = "release-e2e-minimum"): Promise<void> {
    await this.versionName.fill(name);
    await this.image(1).fill("nginx:1.25");
    await this.port(1).fill("8080");
  }

  /** Submits as a person does: Create version, then Confirm and create in the review dialog. */
  async submitAndConfirm(): Promise<void> {
    await this.submitButton.click();
    await this.reviewDialog.getByRole("button", { name: "Confirm and create" }).click();
    await expect(this.reviewDialog).toBeHidden();
  }

  /** The id of the focused element, read from the document itself. */
  async activeElementId(): Promise<string | null> {
    return this.page.evaluate(() => document.activeElement?.id ?? null);
  }
}
