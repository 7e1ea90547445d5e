// Shared steps for the end-to-end flows. Every flow file talks to the SAME dev
// app (one workspace), in file-name order, so each starts with
// signInAsAdmin(): it sets the workspace up when it does not exist yet, and
// otherwise signs whoever is signed in out and the administrator in.
import assert from 'node:assert/strict';
import { shot } from './browser.mjs';

export const keychain = process.env.FIELDVAULT_REAL_KEYCHAIN === '1';
export const passphrase = 'field staff offline 2026';
export const admin = { username: 'ana.admin', displayName: 'Ana López', password: 'admin password 2026' };
export const workspaceName = 'Northwind <b>Field</b> Sales';

const nav = (page) => page.getByRole('navigation', { name: 'Sections' });

/** Which screen is showing once the app has settled. */
export async function currentScreen(page) {
  const screens = {
    setup: page.getByRole('heading', { name: 'Set up your workspace' }),
    signIn: page.getByRole('heading', { name: 'Sign in' }),
    app: nav(page),
    changePassword: page.getByRole('heading', { name: 'Choose a new password' }),
  };
  await Object.values(screens).reduce((a, b) => a.or(b)).first().waitFor();
  for (const [name, locator] of Object.entries(screens)) if (await locator.isVisible()) return name;
  throw new Error('no known screen');
}

/** First run: name, administrator, unlock method, recovery key. Ends signed in as the administrator. */
export async function setUpWorkspace(page) {
  await page.getByLabel('Workspace name').fill(workspaceName);
  await page.getByRole('button', { name: 'Next' }).click();
  // the administrator step checks its rules before moving on
  await page.getByLabel('User name').fill('ana admin');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByText('Use letters, digits and . _ - @ only (no spaces).').waitFor();
  await page.getByLabel('User name').fill(admin.username);
  await page.getByLabel('Full name').fill(admin.displayName);
  await page.getByLabel(/^Password/).fill(admin.password);
  await page.getByLabel('Confirm password').fill(admin.password);
  await shot(page, '00-setup-admin-step');
  await page.getByRole('button', { name: 'Next' }).click();
  if (keychain) {
    await page.getByText('OS keychain (recommended)').waitFor();
    await page.getByLabel('Also set a fallback passphrase').check();
  } else {
    await page.getByText('OS keychain not available').waitFor();
  }
  await page.locator('input[type="password"]').first().fill(passphrase);
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
  await nav(page).waitFor();
}

export async function openUserMenu(page) {
  await page.getByRole('button', { name: /Signed in as/ }).click();
}

export async function signOut(page) {
  await openUserMenu(page);
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
}

export async function signIn(page, username, password) {
  await page.getByLabel('User name').fill(username);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** Leaves the page in the app, signed in as the administrator. Returns true when it set the workspace up. */
export async function signInAsAdmin(page) {
  const screen = await currentScreen(page);
  if (screen === 'setup') {
    await setUpWorkspace(page);
    return true;
  }
  if (screen === 'app' || screen === 'changePassword') {
    if (screen === 'app') await signOut(page);
    else {
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    }
  }
  await signIn(page, admin.username, admin.password);
  await nav(page).waitFor();
  return false;
}

export async function openAdminTab(page, tab) {
  await nav(page).getByText('Admin', { exact: true }).click();
  await page.getByRole('tab', { name: tab }).click();
}

export { nav };
