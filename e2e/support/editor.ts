import { translatorFor, type T } from "./i18n";
import { expect, type Locator, type Page } from "@playwright/test";
import { editorPath, SHOP } from "./seed";

// The version editor as a person sees it: everything is found by role, label or text, in the
// words of the test's language (this.t).

type ProbeType = "exec" | "tcpSocket" | "httpGet";
/** The preview's code views, by their accessible names in English (each name's catalog key). */
const PREVIEW_CODE_KEYS = {
  "request JSON": "editor.preview.codeRequest",
  "wire form": "editor.preview.codeWire",
  "Containers, wrapped for reading": "editor.preview.wrapped",
  "aliyun CLI command": "editor.preview.codeCli",
  "TypeScript snippet": "editor.preview.codeTypescript",
} as const;
type PreviewCode = keyof typeof PREVIEW_CODE_KEYS;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A RegExp for catalog message `key` whose {values} may be anything and whose rich tags
 * (<when>…</when>) are left out, as the page's text reads. */
function richPattern(t: T, key: string, names: string[], tags: string[] = []): RegExp {
  const marker = "\u0000";
  const values: Record<string, unknown> = Object.fromEntries(names.map((n) => [n, marker]));
  for (const tag of tags) values[tag] = (chunks: string[]) => chunks.join("");
  const text = (t as unknown as (k: string, v: Record<string, unknown>) => string)(key, values);
  return new RegExp(text.split(marker).map(escapeRegExp).join(".+?"));
}

export class EditorPage {
  constructor(
    readonly page: Page,
    readonly t: T = translatorFor("en"),
  ) {}

  /** Opens the editor (shop-frontend's by default) and waits until it responds to input. */
  async open(path = editorPath(SHOP)): Promise<void> {
    await this.page.goto(path);
    await expect(this.page.getByRole("heading", { name: this.t("editor.page.title") })).toBeVisible();
    await this.waitForHydration();
  }

  /**
   * The editor arrives as server-rendered HTML and only works once React has hydrated it: a click
   * before that is lost and a value typed before it is reset. React marks each element it hydrates
   * with its props; the preview's reveal switch renders last, so once it is marked the editor is live.
   * Below lg the preview waits behind the Edit/Preview toggle: its buttons are then the mark.
   */
  async waitForHydration(): Promise<void> {
    await this.page.waitForFunction((toggleName) => {
      const hydrated = (el: Element | null | undefined) =>
        el != null && Object.keys(el).some((k) => k.startsWith("__reactProps$"));
      const toggle = document.querySelector(`[role="group"][aria-label="${toggleName}"]`);
      const narrow = toggle instanceof HTMLElement && toggle.offsetParent !== null;
      return hydrated(document.getElementById("reveal-secrets")) || (narrow && hydrated(toggle.querySelector("button:last-child")));
    }, this.t("editor.view.label"));
  }

  get versionName(): Locator {
    return this.page.getByLabel(this.t("editor.version.name"));
  }
  get remarks(): Locator {
    return this.page.getByLabel(this.t("editor.version.remarks"));
  }
  get submitButton(): Locator {
    return this.page.getByRole("button", { name: this.t("editor.submitBar.create") });
  }
  get validateButton(): Locator {
    return this.page.getByRole("button", { name: this.t("editor.toolbar.validate") });
  }
  get reviewDialog(): Locator {
    return this.page.getByRole("dialog", { name: this.t("editor.review.title") });
  }
  /** The form-level outcome alerts (Next.js has its own role="alert" route announcer, hence the filter). */
  get failureAlert(): Locator {
    return this.page.getByRole("alert").filter({ hasText: this.t("editor.outcome.notCreated") });
  }
  get successAlert(): Locator {
    const created = [this.t("editor.outcome.created"), this.t("editor.outcome.exists")].map(escapeRegExp);
    return this.page.getByRole("alert").filter({ hasText: new RegExp(created.join("|")) });
  }
  /** The notice shown when a saved draft was restored into the form (hidden ones count too, so
   * that "no notice" means none in the document). */
  get draftNotice(): Locator {
    return this.page
      .getByRole("status", { includeHidden: true })
      .filter({ hasText: richPattern(this.t, "editor.drafts.restored", ["date", "startedFrom"], ["when"]) });
  }

  /** Other drafts of the same application (started from another base), offered as links. */
  get otherDrafts(): Locator {
    const one = escapeRegExp(this.t("editor.drafts.others", { count: 1 }));
    const many = escapeRegExp(this.t("editor.drafts.others", { count: 2 })).replace("2", "\\d+");
    return this.page.getByRole("status", { includeHidden: true }).filter({ hasText: new RegExp(`${one}|${many}`) });
  }
  /** The notice for a stored draft the editor could not read, with its download and Start fresh. */
  get draftSetAside(): Locator {
    return this.page
      .getByRole("alert", { includeHidden: true })
      .filter({ hasText: richPattern(this.t, "editor.drafts.setAside", ["reason"]) });
  }
  /** What the preview shows in its place when building it failed in the browser. */
  get previewError(): Locator {
    return this.page.getByRole("alert", { includeHidden: true }).filter({ hasText: this.t("editor.preview.failedTitle") });
  }
  /** The route's error page, which replaces the whole editor (hidden ones count too). Still in
   * English: its words (components/browse/boundary-error.tsx) have no catalog key yet; use
   * this.t(...) once the "boundary" namespace has them. Only English specs read it. */
  get pageError(): Locator {
    return this.page
      .getByRole("alert", { includeHidden: true })
      .filter({ hasText: "Something went wrong while loading this page" });
  }

  /** Container card n (1-based): a region named by its heading "Container n …". */
  card(n: number): Locator {
    const title = escapeRegExp(this.t("editor.card.title", { n }));
    return this.page.getByRole("region", { name: new RegExp(`^${title}(?!\\d)`) });
  }
  containerName(n: number): Locator {
    return this.card(n).getByLabel(this.t("editor.card.name"));
  }
  image(n: number): Locator {
    return this.card(n).getByLabel(this.t("editor.image.label"), { exact: true });
  }
  /** The port of the probe type shown (tcpSocket's and httpGet's are kept apart). */
  port(n: number): Locator {
    return this.card(n).getByLabel(this.t("editor.probe.port"), { exact: true });
  }
  /** A probe type's tile: its radio is named "<type>, <what it does>". */
  probeType(n: number, type: ProbeType): Locator {
    const marker = "\u0000";
    const [prefix] = this.t("editor.card.choiceLabel", { title: type, detail: marker }).split(marker);
    return this.card(n).getByRole("radio", { name: new RegExp(`^${escapeRegExp(prefix!)}`) });
  }

  /** A code view of the preview; hidden ones count too, so that "not built" means not in the document. */
  previewCode(name: PreviewCode): Locator {
    return this.page.getByRole("region", { name: this.t(PREVIEW_CODE_KEYS[name]), exact: true, includeHidden: true });
  }

  /** The wire form the preview shows, with secret values revealed. */
  async readWirePreview(): Promise<Record<string, string>> {
    await this.page.getByLabel(this.t("editor.preview.reveal")).check();
    await this.page.getByRole("tab", { name: this.t("editor.preview.tabWire") }).click();
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
    await this.reviewDialog.getByRole("button", { name: this.t("editor.review.confirm") }).click();
    await expect(this.reviewDialog).toBeHidden();
  }

  /** The id of the focused element, read from the document itself. */
  async activeElementId(): Promise<string | null> {
    return this.page.evaluate(() => document.activeElement?.id ?? null);
  }
}
