// First run to daily use, through the real Go backend: set up a workspace,
// save the recovery key, browse the frame, lock, fail and succeed to unlock,
// and read the workspace's security facts in Admin.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openApp, shot } from './browser.mjs';

const keychain = process.env.FIELDVAULT_REAL_KEYCHAIN === '1';
const passphrase = 'field staff offline 2026';
let browser;
let page;

before(async () => {
  ({ browser, page } = await openApp());
});
after(async () => {
  await browser?.close();
});

test('first start: set up the workspace and see the recovery key once', async () => {
  await page.getByRole('heading', { name: 'Set up your workspace' }).waitFor();
  await page.getByLabel('Workspace name').fill('Northwind <b>Field</b> Sales');
  await page.getByRole('button', { name: 'Next' }).click();
  // the keychain probe decides what is offered
  if (keychain) {
    await page.getByText('OS keychain (recommended)').waitFor();
    await page.getByLabel('Also set a fallback passphrase').check();
    await page.locator('input[type="password"]').first().fill(passphrase);
  } else {
    await page.getByText('OS keychain not available').waitFor();
    await page.locator('input[type="password"]').first().fill(passphrase);
  }
  await page.locator('input[type="password"]').last().fill(passphrase);
  await shot(page, '01-setup-unlock-method');
  await page.getByRole('button', { name: 'Create workspace' }).click();
  const key = page.getByTestId('recovery-key');
  await key.waitFor();
  assert.match((await key.innerText()).replace(/\s+/g, ''), /^([A-Z2-7]{4}-){13}[A-Z2-7]{4}$/);
  const cont = page.getByRole('button', { name: 'Continue to workspace' });
  assert.equal(await cont.isDisabled(), true, 'Continue must wait for the confirmation');
  await shot(page, '02-recovery-key');
  await page.getByLabel('I have saved this recovery key somewhere safe').check();
  await cont.click();
  await page.getByRole('navigation', { name: 'Sections' }).waitFor();
});

test('the frame: sections with honest empty states; the name is text, not HTML', async () => {
  const nav = page.getByRole('navigation', { name: 'Sections' });
  for (const section of ['Contacts', 'Companies', 'Deals', 'Activities', 'Reports', 'Dashboards', 'Audit', 'Alerts', 'Admin']) {
    await nav.getByText(section, { exact: true }).waitFor();
  }
  await page.getByText('Northwind <b>Field</b> Sales').first().waitFor();
  await nav.getByText('Audit', { exact: true }).click();
  await page.getByText(/hash-chained/i).first().waitFor();
  await shot(page, '03-audit-empty');
});

test('lock, a wrong passphrase is refused, the right one opens', async () => {
  await page.getByRole('button', { name: /Signed in as/ }).click();
  await page.getByRole('menuitem', { name: /Lock workspace/ }).click();
  if (keychain) {
    // a keychain workspace opens again by itself
    await page.getByRole('navigation', { name: 'Sections' }).waitFor();
    return;
  }
  const field = page.locator('input[type="password"]').first();
  await field.fill('not the passphrase');
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await page.getByText('Wrong passphrase.').waitFor();
  await shot(page, '04-wrong-passphrase');
  await field.fill(passphrase);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await page.getByRole('navigation', { name: 'Sections' }).waitFor();
});

test('Admin shows what protects the workspace', async () => {
  await page.getByRole('navigation', { name: 'Sections' }).getByText('Admin', { exact: true }).click();
  await page.getByText('AES-256-GCM').first().waitFor();
  await shot(page, '05-admin-security');
});
