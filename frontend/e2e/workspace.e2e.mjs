// First run to daily use, through the real Go backend: set up a workspace
// with its administrator, save the recovery key, browse the frame, lock, fail
// and succeed to sign in (and to unlock with the passphrase), and read the
// workspace's security settings in Admin.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openApp, shot } from './browser.mjs';
import { admin, keychain, nav, openAdminTab, openUserMenu, passphrase, signIn, signInAsAdmin, signOut } from './flows.mjs';

let browser;
let page;

before(async () => {
  ({ browser, page } = await openApp());
});
after(async () => {
  await browser?.close();
});

test('first start (or a later one): the administrator ends up signed in', async () => {
  await signInAsAdmin(page);
  await page.getByRole('button', { name: `Signed in as ${admin.displayName}` }).waitFor();
  await page.getByText('Administrator', { exact: true }).first().waitFor();
});

test('the frame: every section for an administrator; the name is text, not HTML', async () => {
  for (const section of ['Contacts', 'Companies', 'Deals', 'Activities', 'Reports', 'Dashboards', 'Audit', 'Security', 'Admin']) {
    await nav(page).getByText(section, { exact: true }).waitFor();
  }
  await page.getByText('Northwind <b>Field</b> Sales').first().waitFor();
  await nav(page).getByText('Audit', { exact: true }).click();
  const card = page.getByTestId('audit-integrity');
  await card.getByText('Intact').waitFor();
  await card.getByRole('button', { name: 'Verify now' }).click();
  await card.getByText('Intact').waitFor();
  await shot(page, '03-audit-integrity');
});

test('lock: sign-in is required again, and a wrong password says only that', async () => {
  await openUserMenu(page);
  await page.getByRole('menuitem', { name: /Lock workspace/ }).click();
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  await signIn(page, admin.username, 'not the password at all');
  await page.getByRole('alert').getByText('Wrong user name or password.').waitFor();
  await signIn(page, 'nobody.here', admin.password);
  await page.getByRole('alert').getByText('Wrong user name or password.').waitFor();
  await shot(page, '04-sign-in-wrong');
  if (!keychain) {
    // the workspace passphrase opens it too, then sign-in follows
    await page.getByRole('button', { name: 'Unlock with the workspace passphrase or recovery key' }).click();
    const field = page.locator('input[type="password"]').first();
    await field.fill('not the passphrase');
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await page.getByText('Wrong passphrase.').waitFor();
    await field.fill(passphrase);
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Unlock with the workspace passphrase or recovery key' }).count(), 0);
  }
  await signIn(page, admin.username, admin.password);
  await nav(page).waitFor();
});

test('after another lock, signing in opens the workspace again (user password or keychain)', async () => {
  await openUserMenu(page);
  await page.getByRole('menuitem', { name: /Lock workspace/ }).click();
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  await signIn(page, admin.username, admin.password);
  await nav(page).waitFor();
});

test('Admin → Security shows the sign-in rules and what protects the workspace', async () => {
  await openAdminTab(page, 'Security');
  await page.getByText('Sign-in rules', { exact: true }).waitFor();
  await page.getByText('AES-256-GCM').first().waitFor();
  const idle = page.getByLabel('Sign out after inactivity');
  assert.equal(await idle.inputValue(), '15 min');
  await idle.fill('');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByText('Enter a number of minutes.').waitFor();
  await idle.fill('30');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByText('Security settings saved').waitFor();
  await shot(page, '05-admin-security');
  await signOut(page);
});
