// Accessibility beyond axe, in Chromium (issue 28):
// 1. a keyboard-only walk from opening the pane to agreeing: Tab, Shift+Tab, Enter, Space, arrows
//    and typing, no mouse; after every key the focus is on an element (never <body>), and each
//    control reached shows a visible focus indicator (its pixels change when it gets the focus);
// 2. forced colors (Windows high contrast) and 200 % zoom: screenshots of the main screens in
//    test-output/screens, no horizontal scrolling in the pane at 200 % (reflow, WCAG 1.4.10), and
//    focus indicators that stay visible in forced colors.
import type { Locator, Page } from "playwright-core";
import { box, goTo, STEPS_NAV, textField } from "./form-walk";
import {
  describeE2E,
  E2E_TIMEOUT,
  expectCleanPages,
  newPage,
  paneLocator,
  screenshot,
  startPreview,
  stopPreview,
} from "./harness";

jest.setTimeout(E2E_TIMEOUT * 3);

/** What has the focus, in words (for failure messages). */
async function focusedDescription(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return "<body>";
    const name =
      el.getAttribute("aria-label") ??
      (el as HTMLInputElement).labels?.[0]?.textContent ??
      el.textContent?.trim().slice(0, 40) ??
      "";
    return `<${el.tagName.toLowerCase()} role=${el.getAttribute("role") ?? ""}> ${name}`;
  });
}

/** The focus after a key: on an element, not on <body>, and (from the keyboard) :focus-visible. */
async function expectFocusKept(page: Page, after: string): Promise<void> {
  const state = await page.evaluate(() => {
    const el = document.activeElement;
    return { onBody: !el || el === document.body, visible: el?.matches(":focus-visible") ?? false };
  });
  expect({ after, ...state }).toEqual({ after, onBody: false, visible: true });
}

/** Presses `key` and checks the focus. */
async function press(page: Page, key: string): Promise<void> {
  await page.keyboard.press(key);
  await expectFocusKept(page, `${key} (now on ${await focusedDescription(page)})`);
}

async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el === document.activeElement).catch(() => false);
}

/**
 * Tab (or Shift+Tab) until `target` has the focus, at most `max` presses, checking the focus after
 * each. Fails with the trail of what got the focus.
 */
async function tabTo(page: Page, target: Locator, { back = false, max = 40 } = {}): Promise<void> {
  const trail: string[] = [];
  for (let i = 0; i < max; i++) {
    if (await isFocused(target)) return;
    await press(page, back ? "Shift+Tab" : "Tab");
    trail.push(await focusedDescription(page));
  }
  if (await isFocused(target)) return;
  throw new Error(`Not reached by ${back ? "Shift+Tab" : "Tab"} in ${max} presses:\n${trail.join("\n")}`);
}

/** The focused element's area (plus the ring around it) as a PNG. */
async function focusArea(page: Page, target: Locator): Promise<Buffer> {
  const r = await target.evaluate((el) => {
    el.scrollIntoView({ block: "nearest" }); // Shift+Tab may have scrolled it out of the pane
    // Fluent draws the ring on the control's root (e.g. a checkbox's box, an input's underline)
    const root = el.closest("span, button, [role=tab], [role=radio], [role=checkbox]") ?? el;
    const a = el.getBoundingClientRect();
    const b = root.getBoundingClientRect();
    const left = Math.min(a.left, b.left);
    const top = Math.min(a.top, b.top);
    return { x: left, y: top, width: Math.max(a.right, b.right) - left, height: Math.max(a.bottom, b.bottom) - top };
  });
  const m = 4;
  return page.screenshot({
    clip: { x: Math.max(0, r.x - m), y: Math.max(0, r.y - m), width: r.width + 2 * m, height: r.height + 2 * m },
    animations: "disabled",
    caret: "hide",
  });
}

/**
 * A visible focus indicator: the control looks different with the focus than without. Checked by
 * moving the focus away (Shift+Tab) and back (Tab), both keyboard moves.
 */
async function expectVisibleFocus(page: Page, target: Locator, name: string): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  const focused = await focusArea(page, target);
  await press(page, "Shift+Tab");
  const unfocused = await focusArea(page, target);
  await tabTo(page, target, { max: 3 });
  expect({ name, indicatorVisible: !focused.equals(unfocused) }).toEqual({ name, indicatorVisible: true });
}

/** Tab to the control, check its focus ring, type. */
async function typeInto(page: Page, target: Locator, text: string, name: string): Promise<void> {
  await tabTo(page, target);
  await expectVisibleFocus(page, target, name);
  await page.keyboard.type(text);
}

describeE2E("keyboard only, forced colors and 200 % zoom", () => {
  beforeAll(() => startPreview(), E2E_TIMEOUT);
  afterAll(() => stopPreview());
  afterEach(() => expectCleanPages());

  test("a keyboard-only walk from opening the pane to agreeing", async () => {
    const page = await newPage({ profile: "desktop", viewport: { width: 1400, height: 1000 } });
    const pane = paneLocator(page);

    // The profile, the first thing the pane asks.
    const initials = pane.getByRole("textbox", { name: /Initialen/ });
    await typeInto(page, initials, "PH", "Initialen (profiel)");
    await typeInto(page, pane.getByRole("textbox", { name: /Organisatie/ }), "Ambiq", "Organisatie (profiel)");
    const saveProfile = pane.getByRole("button", { name: "Opslaan" });
    await tabTo(page, saveProfile);
    await expectVisibleFocus(page, saveProfile, "Opslaan");
    await press(page, "Enter");

    // Convert.
    const convert = pane.getByRole("button", { name: "Omzetten naar formulier" });
    await convert.waitFor();
    await tabTo(page, convert);
    await page.keyboard.press("Enter"); // the focus is checked when the conversion is done, below
    await pane.getByRole("navigation", { name: STEPS_NAV }).waitFor({ timeout: 20_000 });
    await expectFocusKept(page, "Omzetten naar formulier");

    // Basisgegevens: a text box, a select (typed to), a checkbox (Space), a date, a person.
    await typeInto(page, box(pane, "Initialen jeugdige").getByRole("textbox").first(), "ES", "Initialen jeugdige");
    const gemeente = box(pane, "Gemeente").getByRole("combobox");
    await tabTo(page, gemeente);
    await expectVisibleFocus(page, gemeente, "Gemeente");
    await page.keyboard.type("Hengelo");
    await expect(gemeente.inputValue()).resolves.toBe("Hengelo");
    const ob4b = box(pane, "Indicatie").getByRole("checkbox", { name: "OB4b" });
    await tabTo(page, ob4b);
    await expectVisibleFocus(page, ob4b, "Indicatie OB4b");
    await press(page, "Space");
    await expect(ob4b.isChecked()).resolves.toBe(true);
    await typeInto(page, box(pane, "Datum MDO").getByRole("textbox").first(), "01-12-2026", "Datum MDO");
    const beheerder = box(pane, "Beheerder van dit document");
    await typeInto(page, textField(beheerder, "Naam"), "P. Hendriks", "Beheerder naam");
    await typeInto(page, textField(beheerder, "Organisatie"), "Ambiq", "Beheerder organisatie");
    // Back with Shift+Tab to the name: nothing is lost on the way
    await tabTo(page, textField(beheerder, "Naam"), { back: true, max: 3 });
    await expect(box(pane, "Initialen jeugdige").getByRole("textbox").first().inputValue()).resolves.toBe("ES");

    // "Volgende" to Stap 1.
    const next = pane.getByRole("button", { name: "Volgende" });
    await tabTo(page, next);
    await expectVisibleFocus(page, next, "Volgende");
    await press(page, "Enter");
    await pane.getByRole("heading", { name: /^Stap 1/ }).waitFor();
    // leaving Basisgegevens saved what was typed there: nothing is left to fill in it
    await pane
      .getByRole("navigation", { name: STEPS_NAV })
      .getByRole("button", { name: /^Basisgegevens(?!.*nog in te vullen)/ })
      .waitFor({ timeout: 15_000 });
    await typeInto(
      page,
      box(pane, "Wat is de hulpvraag van de jeugdige en het gezin?").getByRole("textbox").first(),
      "Ouders willen weer rust in huis.",
      "Hulpvraag",
    );

    // Stap 6 through the step list: Tab into it, arrows or Tab to the step, Enter.
    const stap6 = pane.getByRole("navigation", { name: STEPS_NAV }).getByRole("button", { name: /^Stap 6/ });
    await tabTo(page, stap6, { back: true, max: 60 });
    await expectVisibleFocus(page, stap6, "Stap 6 in de lijst");
    await press(page, "Enter");
    await pane.getByRole("heading", { name: /^Stap 6/ }).waitFor();
    const toestemming = box(pane, "Toestemming van het gezin voor informatie-uitwisseling");
    const ja = toestemming.getByRole("radio", { name: "Ja" });
    await tabTo(page, ja);
    await expectVisibleFocus(page, ja, "Toestemming Ja");
    await press(page, "Space");
    await expect(ja.isChecked()).resolves.toBe(true);
    // arrows move within the group and choose
    await press(page, "ArrowDown");
    await expect(toestemming.getByRole("radio", { name: "Nee" }).isChecked()).resolves.toBe(true);
    await press(page, "ArrowUp");
    await expect(ja.isChecked()).resolves.toBe(true);

    // Afronden: agree, with the reason the pane asks for (not every required box is filled).
    const afronden = pane.getByRole("navigation", { name: STEPS_NAV }).getByRole("button", { name: /^Afronden/ });
    await tabTo(page, afronden, { back: true, max: 60 });
    await press(page, "Enter");
    const agree = pane.getByRole("button", { name: /Vastgesteld in het MDO/ });
    await agree.waitFor();
    await tabTo(page, agree);
    await expectVisibleFocus(page, agree, "Vastgesteld in het MDO…");
    await press(page, "Enter");
    const reason = pane.getByRole("textbox", { name: /Waarom stelt u de handreiking toch vast/ });
    await reason.waitFor();
    await typeInto(page, reason, "De rest volgt bij de evaluatie.", "Reden");
    const yes = pane.getByRole("button", { name: "Ja, vaststellen" });
    await tabTo(page, yes);
    await expectVisibleFocus(page, yes, "Ja, vaststellen");
    await page.keyboard.press("Enter"); // checked when the agreement is shown
    await pane
      .getByText(/is vastgesteld/i)
      .first()
      .waitFor({ timeout: 15_000 });
    await expectFocusKept(page, "Ja, vaststellen");
    await screenshot(page, "keyboard-vastgesteld", "#pane");

    // After agreement: an addition by keyboard, the focus stays in the addition field.
    const stap1 = pane.getByRole("navigation", { name: STEPS_NAV }).getByRole("button", { name: /^Stap 1/ });
    await tabTo(page, stap1, { back: true, max: 80 });
    await press(page, "Enter");
    const hulpvraag = box(pane, "Wat is de hulpvraag van de jeugdige en het gezin?");
    // the agreed box is compact: its "Aanvulling" button opens the editor and puts the focus in it
    const openAmend = hulpvraag.getByRole("button", { name: /^Aanvulling bij ‘/ });
    await tabTo(page, openAmend);
    await expectVisibleFocus(page, openAmend, "Aanvulling (openen)");
    await press(page, "Enter");
    const addition = hulpvraag.getByRole("textbox", { name: /Aanvulling bij/ });
    await addition.waitFor();
    // the pane moves the focus in an effect after the editor renders: wait a few frames for it
    const focusedIn = await addition.evaluate(
      (el) =>
        new Promise<boolean>((done) => {
          const started = performance.now();
          const check = () =>
            el === document.activeElement || performance.now() - started > 5000
              ? done(el === document.activeElement)
              : requestAnimationFrame(check);
          check();
        }),
    );
    expect(focusedIn).toBe(true);
    await typeInto(page, addition, "School doet mee.", "Aanvulling");
    await tabTo(page, hulpvraag.getByRole("button", { name: /Aanvulling toevoegen/ }));
    await page.keyboard.press("Enter"); // checked when the addition is saved
    await hulpvraag.getByText(/Opgeslagen · PH/).waitFor({ timeout: 15_000 });
    await expectFocusKept(page, "Aanvulling toevoegen");
  });
});

/** How far the pane's content reaches past its right edge (0: no horizontal scrolling), and the widest culprit. */
async function overflowOf(page: Page): Promise<number | string> {
  return page.locator("#pane").evaluate((pane) => {
    const over = pane.scrollWidth - pane.clientWidth;
    if (over <= 0) return 0;
    const right = pane.getBoundingClientRect().right;
    const culprit = [...pane.querySelectorAll("*")].filter((e) => e.getBoundingClientRect().right > right + 0.5).pop();
    return `${over} px: <${culprit?.tagName.toLowerCase()} class="${culprit?.className}"> ${culprit?.textContent?.slice(0, 60)}`;
  });
}

/**
 * The main screens, reached with the mouse (the keyboard walk is above): profile, the document found,
 * Basisgegevens, Stap 2 (rows), Stap 6 (choices), the agreement check, an amendment after agreement,
 * Logboek, Verzenden, Kopieën. `atScreen` runs on each.
 */
async function tour(page: Page, atScreen: (name: string) => Promise<void>): Promise<void> {
  const pane = paneLocator(page);
  await pane.getByRole("heading", { name: "Uw gegevens" }).waitFor();
  await atScreen("01-profiel");
  await pane.getByRole("textbox", { name: /Initialen/ }).fill("PH");
  await pane.getByRole("textbox", { name: /Organisatie/ }).fill("Ambiq");
  await pane.getByRole("button", { name: "Opslaan" }).click();
  const convert = pane.getByRole("button", { name: "Omzetten naar formulier" });
  await convert.waitFor();
  await atScreen("02-document-gevonden");
  await convert.click();
  await pane.getByRole("navigation", { name: STEPS_NAV }).waitFor({ timeout: 20_000 });
  await atScreen("03-basisgegevens");
  await goTo(pane, /^Stap 2/);
  await atScreen("04-stap2-rijen");
  await goTo(pane, /^Stap 6/);
  await atScreen("05-stap6-keuzes");
  await goTo(pane, /^Afronden/);
  await pane.getByRole("button", { name: /Vastgesteld in het MDO/ }).click();
  await pane.getByRole("textbox", { name: /Waarom stelt u de handreiking toch vast/ }).fill("Oefening.");
  await atScreen("06-vaststellen");
  await pane.getByRole("button", { name: "Ja, vaststellen" }).click();
  await pane
    .getByText(/is vastgesteld/i)
    .first()
    .waitFor({ timeout: 15_000 });
  await goTo(pane, /^Stap 3/);
  // agreed boxes are compact; the screen shows one opened for an addition
  await pane.getByRole("button", { name: "Aanvulling bij ‘Taken en mandaat van de regisseur’" }).click();
  await pane.getByRole("textbox", { name: "Aanvulling bij ‘Taken en mandaat van de regisseur’" }).waitFor();
  await atScreen("07-aanvullen");
  await pane.getByRole("tab", { name: "Logboek" }).click();
  await pane.getByRole("list", { name: "Wijzigingen, nieuwste eerst" }).waitFor();
  await atScreen("08-logboek");
  await pane.getByRole("tab", { name: "Verzenden" }).click();
  await pane.getByRole("list", { name: "Controle voor verzenden" }).waitFor();
  await atScreen("09-verzenden");
  await pane.getByRole("tab", { name: "Kopieën" }).click();
  await pane.getByRole("heading", { name: "Anonieme kopie voor onderzoek" }).waitFor({ timeout: 20_000 });
  await atScreen("10-kopieen");
}

/** Keyboard focus on `target`: focused, then Shift+Tab and Tab, so the browser and Fluent know it is the keyboard. */
async function keyboardFocus(page: Page, target: Locator): Promise<void> {
  await target.focus();
  await page.keyboard.press("Shift+Tab");
  await tabTo(page, target, { max: 3 });
}

describeE2E("forced colors and 200 % zoom", () => {
  beforeAll(() => startPreview(), E2E_TIMEOUT);
  afterAll(() => stopPreview());
  afterEach(() => expectCleanPages());

  test("forced colors (high contrast): every main screen, and a focus ring on each kind of control", async () => {
    const page = await newPage({ profile: "desktop", viewport: { width: 1400, height: 1400 } });
    await page.emulateMedia({ forcedColors: "active" });
    expect(await page.evaluate(() => matchMedia("(forced-colors: active)").matches)).toBe(true);
    const pane = paneLocator(page);
    const rings: string[] = [];
    await tour(page, async (name) => {
      await screenshot(page, `forced-colors-${name}`, "#pane");
      // focus indicators that survive forced colors (box-shadow and background colours do not)
      const controls: Array<[string, Locator]> =
        name === "01-profiel"
          ? [
              ["tekstvak", pane.getByRole("textbox", { name: /Initialen/ })],
              ["knop", pane.getByRole("button", { name: "Opslaan" })],
            ]
          : name === "03-basisgegevens"
            ? [
                ["keuzelijst", box(pane, "Gemeente").getByRole("combobox")],
                ["selectievakje", box(pane, "Indicatie").getByRole("checkbox", { name: "OB4b" })],
                ["stap in de lijst", pane.getByRole("navigation", { name: STEPS_NAV }).getByRole("button").nth(1)],
              ]
            : name === "05-stap6-keuzes"
              ? [["keuzerondje", box(pane, "Beveiligde verzendwijze").getByRole("radio").first()]]
              : name === "08-logboek"
                ? [["tabblad", pane.getByRole("tab", { name: "Logboek" })]]
                : [];
      for (const [kind, control] of controls) {
        await keyboardFocus(page, control);
        await expectVisibleFocus(page, control, `${kind} in contrastmodus`);
        await screenshot(page, `forced-colors-focus-${kind.replace(/ /g, "-")}`, "#pane");
        rings.push(kind);
      }
    });
    expect(rings).toEqual([
      "tekstvak",
      "knop",
      "keuzelijst",
      "selectievakje",
      "stap in de lijst",
      "keuzerondje",
      "tabblad",
    ]);
  });

  // 200 %: what a 1400×2000 screen shows with the browser at 200 % (Word on the web, Ctrl +): half
  // the CSS pixels (700×1000), each drawn as 2×2 device pixels (deviceScaleFactor 2, so the
  // screenshots are sharp). Chosen over CSS `zoom` because it is what browser zoom does: media
  // queries, rem and the viewport all see the smaller CSS size. Word lays its pane out in the same
  // CSS pixels, so the pane keeps its 350 CSS px (700 device px) and the room around it halves.
  test("200 % zoom: every main screen reflows in the pane, no horizontal scrolling", async () => {
    const zoomed = await newPage({ profile: "desktop", viewport: { width: 700, height: 1000 }, deviceScaleFactor: 2 });
    expect(await zoomed.evaluate(() => [window.innerWidth, window.devicePixelRatio])).toEqual([700, 2]);
    const overflow: Array<{ name: string; overflow: number | string }> = [];
    await tour(zoomed, async (name) => {
      await screenshot(zoomed, `zoom200-${name}`, "#pane");
      overflow.push({ name, overflow: await overflowOf(zoomed) });
    });
    expect(overflow.filter((o) => o.overflow !== 0)).toEqual([]);
  });
});
