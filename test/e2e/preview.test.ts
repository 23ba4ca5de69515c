// Smoke test of the browser preview in headless Chromium: the page loads under its CSP, says it
// is a preview, shows the real pane's first screen and the plain handreiking, the pane passes
// axe-core, and nothing leaves the machine. Also checks the harness helpers the journeys use.
import JSZip from "jszip";
import { createWordHost } from "word-host";
import {
  boxTags,
  describeE2E,
  documentDocx,
  documentText,
  E2E_TIMEOUT,
  expectCleanPages,
  expectNoOutsideRequests,
  expectNoPageErrors,
  newPage,
  openDocument,
  paneLocator,
  runAxe,
  screenshot,
  startPreview,
  stopPreview,
  restart,
  switchProfile,
  timings,
  typeInWord,
  waitForDocumentText,
} from "./harness";

jest.setTimeout(E2E_TIMEOUT);

const TITLE = "Handreiking Regie in 7 samenwerkingsstappen";

describeE2E("browser preview (e2e smoke)", () => {
  beforeAll(async () => {
    await startPreview();
    console.log(`e2e: preview built in ${timings.buildMs} ms, ready in ${timings.startMs} ms`);
  }, E2E_TIMEOUT);
  afterAll(() => stopPreview());
  afterEach(() => expectCleanPages());

  test("loads: banner, the pane's first screen, the plain handreiking; the pane passes axe", async () => {
    const page = await newPage();

    const banner = page.getByTestId("preview-banner");
    expect(await banner.isVisible()).toBe(true);
    expect(await banner.innerText()).toContain(
      "Voorbeeldomgeving — geen echte Word, alleen om te proberen en te oefenen",
    );

    // The real pane, first screen: who is filling in (no profile stored in a fresh context).
    const pane = paneLocator(page);
    expect((await pane.boundingBox())?.width).toBe(350);
    await pane.getByRole("heading", { name: "Uw gegevens" }).waitFor();
    expect(await pane.getByRole("textbox", { name: /Initialen/ }).isVisible()).toBe(true);

    expect(await documentText(page)).toContain(TITLE);

    // The CSP is in force (no inline script could run), and no office.js was loaded.
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(csp).toContain("script-src 'self'");
    expect(
      await page.evaluate(() => [...document.scripts].map((s) => s.src).filter((src) => /office/i.test(src))),
    ).toEqual([]);

    expect(await runAxe(page, "#pane")).toEqual([]);
    await screenshot(page, "preview-pane-first-screen", "#pane");
    await screenshot(page, "preview-page");

    expectNoOutsideRequests();
    expectNoPageErrors();
  });

  test("harness: profile, convert, a person typing in Word, the .docx behind the view", async () => {
    const page = await newPage({ profile: "web" });
    expect(await page.evaluate(() => window.__preview?.profile)).toBe("web");

    const pane = paneLocator(page);
    await pane.getByRole("textbox", { name: /Initialen/ }).fill("PH");
    await pane.getByRole("textbox", { name: /Organisatie/ }).fill("Ambiq");
    await pane.getByRole("button", { name: "Opslaan" }).click();
    await pane.getByRole("button", { name: "Omzetten naar formulier" }).click();
    await pane.getByRole("tab").first().waitFor({ timeout: 20_000 });

    // The boxes now exist; type into one the way a person would in Word.
    const tags = (await boxTags(page)).map((b) => b.tag);
    expect(tags.length).toBeGreaterThan(5);
    expect(tags.every((t) => t.startsWith("hr:"))).toBe(true);
    const tag = tags[0];
    await typeInWord(page, tag, "Typed outside the pane");
    expect(await waitForDocumentText(page, "Typed outside the pane")).toContain(TITLE);

    // The pane notices the outside edit (it re-reads when it gets the focus back).
    await pane.getByText("Wijzigingen buiten dit venster").waitFor({ timeout: 15_000 });
    await screenshot(page, "preview-outside-edit", "#pane");
    await screenshot(page, "preview-outside-edit-page");

    const zip = await JSZip.loadAsync(await documentDocx(page));
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toContain("Typed outside the pane");
    expect(xml).toContain(`w:val="${tag}"`);

    // A locked part of the document refuses typing, and the harness reports it.
    await expect(page.evaluate(() => window.__preview!.host.user.typeInControl("hr-static", "x"))).rejects.toThrow(
      /cannot be edited/,
    );

    // Switching the Word version keeps the document: saved here, opened in Word 2019.
    const tagsBefore = await boxTags(page);
    await switchProfile(page, "office2019");
    expect(await page.evaluate(() => window.__preview?.profile)).toBe("office2019");
    expect(await documentText(page)).toContain("Typed outside the pane");
    expect(await boxTags(page)).toEqual(tagsBefore);
    await pane.getByText("Wijzigingen buiten dit venster").waitFor({ timeout: 15_000 });
    await screenshot(page, "preview-switched-to-2019");

    // "Opnieuw beginnen" asks first; cancelling keeps the document.
    await page.getByTestId("preview-reset").click();
    await page.getByTestId("preview-confirm-no").click();
    expect(await documentText(page)).toContain("Typed outside the pane");
    await restart(page);
    expect(await documentText(page)).not.toContain("Typed outside the pane");
    expect(await boxTags(page)).toEqual([]);
  });

  test("an empty document: 'Nieuwe handreiking' loads the bundled template (its own chunk, same origin) and makes the form", async () => {
    const empty = await createWordHost({ profile: "desktop" });
    const page = await newPage({ profile: "desktop" });
    const pane = paneLocator(page);
    await pane.getByRole("textbox", { name: /Initialen/ }).fill("PH");
    await pane.getByRole("textbox", { name: /Organisatie/ }).fill("Ambiq");
    await pane.getByRole("button", { name: "Opslaan" }).click();
    await openDocument(page, await empty.saveDocx(), "Leeg.docx");
    await pane.getByRole("button", { name: "Nieuwe handreiking" }).click({ timeout: 20_000 });
    await pane.getByRole("navigation", { name: "Onderdelen van de handreiking" }).waitFor({ timeout: 20_000 });
    expect(await waitForDocumentText(page, TITLE)).toContain("Wijzigingslogboek");
    expect((await boxTags(page)).length).toBeGreaterThan(5);
  });
});
