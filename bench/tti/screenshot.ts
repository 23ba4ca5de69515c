// A picture of the pane's first screen (the shipped bundle opening a filled form on the bench's
// stand-in Word, 350 px wide), to compare the look before and after a bundle change.
// node scripts/ts-run.cjs bench/tti/screenshot.ts out.png
import { rmSync } from "fs";
import type { AddressInfo } from "net";
import { chromium } from "playwright-core";
import { serializeProfile } from "../../src/domain";
import { PROFILE_STORAGE_KEY } from "../../src/taskpane/profile-store";
import { buildForTiming } from "./build";
import { ARGS, CHROMIUM, serve } from "./measure";
import { formDocx } from "./run-tti";

async function main(out: string): Promise<void> {
  const built = await buildForTiming();
  const server = await serve(built, await formDocx());
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const page = await (await browser.newContext({ viewport: { width: 350, height: 800 } })).newPage();
    const profile = serializeProfile({ initials: "PH", organisation: "Ambiq", name: "" });
    await page.addInitScript(
      `localStorage.setItem(${JSON.stringify(PROFILE_STORAGE_KEY)}, ${JSON.stringify(profile)});`,
    );
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/taskpane.html`);
    await page.waitForSelector('nav[aria-label="Onderdelen van de handreiking"] button');
    await page.waitForTimeout(500);
    await page.screenshot({ path: out, fullPage: true });
  } finally {
    await browser.close();
    server.close();
    rmSync(built.mainDir, { recursive: true, force: true });
    rmSync(built.benchDir, { recursive: true, force: true });
  }
}

main(process.argv[2] ?? "pane.png").catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
