// Shared Playwright set-up for the end-to-end flows: Debian's Chromium, flags
// that keep it off the (closed) network, a fresh profile per run.
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const baseURL = process.env.FIELDVAULT_E2E_URL ?? 'http://127.0.0.1:34115/';
const shots = process.env.FIELDVAULT_E2E_SHOTS;

export async function openApp() {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ], // launch() gives every run a fresh temporary profile
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  page.setDefaultTimeout(20_000);
  await page.goto(baseURL);
  return { browser, page };
}

/** Saves a screenshot named `name` when FIELDVAULT_E2E_SHOTS is set. */
export async function shot(page, name) {
  if (shots) await page.screenshot({ path: join(shots, `${name}.png`) });
}
