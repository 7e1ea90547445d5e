// DEV TOOL — takes screenshots of the main screens against the dev mock of the Wails bridge.
// Usage: (in frontend/) npx vite --port 5199 &  node e2e/mock/screenshots.mjs [outDir]
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const BASE = process.env.FV_URL ?? 'http://localhost:5199/';
const OUT = process.argv[2] ?? 'e2e/screenshots';
const mock = readFileSync(new URL('./devMockWails.js', import.meta.url), 'utf8');
mkdirSync(OUT, { recursive: true });

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
  ],  // Playwright gives each launch a fresh temporary profile.
});

async function open(scheme, scenario, extra = {}) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 860 } });
  await context.addInitScript(({ scheme, scenario, extra }) => {
    window.__FV_SCENARIO = scenario;
    Object.assign(window, extra);
    localStorage.setItem('fieldvault-color-scheme', scheme);
  }, { scheme, scenario, extra });
  await context.addInitScript(mock);
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`[${scenario}/${scheme}] pageerror:`, e.message));
  page.on('console', (m) => { if (m.type() === 'error') console.error(`[${scenario}/${scheme}] console:`, m.text()); });
  return { context, page };
}

const shot = (page, name) => page.screenshot({ path: join(OUT, `${name}.png`) });

for (const scheme of ['light', 'dark']) {
  // Setup: name step, unlock step (keychain down), recovery key.
  {
    const { context, page } = await open(scheme, 'setup', { __FV_KEYCHAIN_DOWN: true });
    await page.goto(BASE);
    await page.getByRole('textbox').first().waitFor();
    await page.getByRole('textbox').first().fill('Northwind Field Sales');
    await shot(page, `01-setup-name-${scheme}`);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('OS keychain not available').waitFor();
    await page.locator('input[type=password]').nth(0).fill('correct horse');
    await page.locator('input[type=password]').nth(1).fill('correct horsf');
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await shot(page, `02-setup-unlock-keychain-down-${scheme}`);
    await page.locator('input[type=password]').nth(0).fill('correct horse battery staple');
    await page.locator('input[type=password]').nth(1).fill('correct horse battery staple');
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await page.getByTestId('recovery-key').waitFor();
    await page.getByRole('button', { name: 'Copy recovery key' }).click();
    await shot(page, `03-setup-recovery-key-${scheme}`);
    await context.close();
  }
  // Setup with keychain available and fallback section open.
  {
    const { context, page } = await open(scheme, 'setup');
    await page.goto(BASE);
    await page.getByRole('textbox').first().fill('Acme');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Also set a fallback passphrase').waitFor();
    await page.waitForTimeout(600);
    await page.getByText('Also set a fallback passphrase').click();
    await page.waitForTimeout(400);
    await shot(page, `04-setup-keychain-fallback-${scheme}`);
    await context.close();
  }
  // Unlock: keychain fails, then a wrong passphrase.
  {
    const { context, page } = await open(scheme, 'unlock-keychain-failed');
    await page.goto(BASE);
    await page.getByText('Unlocking with the OS keychain…').waitFor();
    await shot(page, `05-unlock-trying-keychain-${scheme}`);
    await page.getByText('The OS keychain did not unlock this workspace').waitFor();
    await page.locator('input[type=password]').fill('nope');
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await page.getByText('Wrong passphrase.').waitFor();
    await shot(page, `06-unlock-keychain-failed-${scheme}`);
    await page.locator('input[type=password]').fill('correct horse battery');
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await page.getByRole('navigation', { name: 'Sections' }).waitFor();
    await context.close();
  }
  // App frame, palette, user menu, admin.
  {
    const { context, page } = await open(scheme, 'app');
    await page.goto(BASE);
    await page.getByText('No contacts yet').waitFor();
    await shot(page, `07-app-contacts-${scheme}`);
    await page.keyboard.press('Control+K');
    await page.getByPlaceholder('Search or jump to…').waitFor();
    await page.keyboard.type('au');
    await page.waitForTimeout(300);
    await shot(page, `08-app-spotlight-${scheme}`);
    await page.keyboard.press('Enter');
    await page.getByText('The audit trail starts here').waitFor();
    await page.waitForTimeout(300);
    await shot(page, `09-app-audit-${scheme}`);
    await page.getByRole('button', { name: /Signed in as/ }).click();
    await page.waitForTimeout(300);
    await shot(page, `10-app-user-menu-${scheme}`);
    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: 'Admin' }).click();
    await page.getByText('Workspace security').first().waitFor();
    await page.waitForTimeout(300);
    await shot(page, `11-admin-${scheme}`);
    await page.locator('input[type=password]').nth(0).fill('wrong');
    await page.locator('input[type=password]').nth(1).fill('a new and long passphrase');
    await page.locator('input[type=password]').nth(2).fill('a new and long passphrase');
    await page.getByRole('button', { name: 'Change passphrase' }).click();
    await page.getByText('Wrong passphrase.').waitFor();
    await page.getByRole('button', { name: 'Rotate keychain key' }).click();
    await page.getByRole('button', { name: 'Rotate key', exact: true }).click();
    await page.getByText('Keychain key rotated').waitFor();
    await page.waitForTimeout(400);
    await page.mouse.move(700, 500);
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(300);
    await shot(page, `12-admin-after-actions-${scheme}`);
    await page.getByRole('button', { name: /Signed in as/ }).click();
    await page.getByRole('menuitem', { name: 'Lock workspace' }).click();
    await page.getByText('Unlocking with the OS keychain…').or(page.getByText('Unlock Northwind')).first().waitFor();
    await context.close();
  }
}
await browser.close();
console.log(`screenshots in ${OUT}`);
