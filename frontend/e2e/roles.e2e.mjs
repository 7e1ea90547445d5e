// Users, teams and roles through the real Go backend: the administrator adds
// a team and a Sales Representative with an initial password; the rep signs
// in, must choose a new password, and sees only what the role allows.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openApp, shot } from './browser.mjs';
import { nav, openAdminTab, signIn, signInAsAdmin, signOut } from './flows.mjs';

const rep = { username: 'sam.rep', displayName: 'Sam Rivera', initial: 'Initial-pass-2026', chosen: 'sam picks his own 2026' };
const team = 'North region';
let browser;
let page;

before(async () => {
  ({ browser, page } = await openApp());
});
after(async () => {
  await browser?.close();
});

test('the administrator creates a team', async () => {
  await signInAsAdmin(page);
  await openAdminTab(page, 'Teams');
  await page.getByRole('button', { name: 'New team' }).click();
  await page.getByLabel('Team name').fill(team);
  await page.getByRole('button', { name: 'Create team' }).click();
  await page.getByRole('cell', { name: team, exact: true }).waitFor();
  await shot(page, '10-admin-teams');
});

test('the administrator adds a Sales Representative with an initial password', async () => {
  await openAdminTab(page, 'Users');
  await page.getByTestId('users-table').waitFor();
  await page.getByRole('button', { name: 'Add user' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add user' });
  await dialog.getByLabel('User name').fill('sam rep');
  await dialog.getByRole('button', { name: 'Add user' }).click();
  await dialog.getByText('Use letters, digits and . _ - @ only (no spaces).').waitFor();
  await dialog.getByText('Choose a role.').waitFor();
  await dialog.getByLabel('User name').fill(rep.username);
  await dialog.getByLabel('Full name').fill(rep.displayName);
  await dialog.getByRole('combobox', { name: /^Role/ }).click();
  await page.getByRole('option', { name: 'Sales Representative' }).click();
  await dialog.getByRole('combobox', { name: /^Teams/ }).click();
  await page.getByRole('option', { name: team }).click();
  await dialog.getByRole('button', { name: 'Generate' }).click();
  const generated = await dialog.getByLabel('Initial password').inputValue();
  assert.match(generated, /^([A-Za-z2-9]{4}-){3}[A-Za-z2-9]{4}$/);
  await dialog.getByLabel('Initial password').fill(rep.initial);
  await shot(page, '11-add-user');
  await dialog.getByRole('button', { name: 'Add user' }).click();
  await dialog.waitFor({ state: 'hidden' });
  const row = page.getByRole('row', { name: new RegExp(rep.username) });
  await row.getByText('Must change password').waitFor();
  await row.getByText(team).waitFor();
  await row.getByText('Sales Representative').waitFor();
  await shot(page, '12-admin-users');
});

test('effective access explains what the rep may do', async () => {
  await page.getByRole('button', { name: `Actions for ${rep.username}` }).click();
  await page.getByRole('menuitem', { name: 'Effective access' }).click();
  const drawer = page.getByRole('dialog', { name: 'Effective access' });
  await drawer.getByTestId('access-matrix').waitFor();
  await drawer.getByText('Advanced permissions').waitFor();
  await page.waitForTimeout(400); // let the drawer finish sliding in
  await shot(page, '13-effective-access');
  await page.keyboard.press('Escape');
  await drawer.waitFor({ state: 'hidden' });
});

test('roles: the matrix editor; Administrator is read-only', async () => {
  await openAdminTab(page, 'Roles');
  await page.getByText('Administrator always holds every permission').waitFor();
  await page.getByRole('listitem').filter({ hasText: 'Sales Representative' }).click();
  await page.getByTestId('permission-matrix').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Save permissions' }).isDisabled(), true);
  await shot(page, '14-roles-matrix');
  await signOut(page);
});

test('the rep signs in, must choose a password, and sees no Admin', async () => {
  await signIn(page, rep.username, rep.initial);
  await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
  await shot(page, '15-forced-password-change');
  await page.getByLabel('Current (temporary) password').fill(rep.initial);
  await page.getByLabel(/^New password/).fill(rep.chosen);
  await page.getByLabel('Confirm new password').fill(rep.chosen);
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await nav(page).waitFor();
  await page.getByRole('button', { name: `Signed in as ${rep.displayName}` }).waitFor();
  for (const section of ['Contacts', 'Companies', 'Deals']) await nav(page).getByText(section, { exact: true }).waitFor();
  assert.equal(await nav(page).getByText('Admin', { exact: true }).count(), 0, 'a rep must not see Admin');
  assert.equal(await nav(page).getByText('Audit', { exact: true }).count(), 0, 'a rep must not see Audit');
  await shot(page, '16-rep-sidebar');
  await page.goto(new URL('#/admin', page.url()).href);
  await page.getByText("You don't have access to this section").waitFor();
  await shot(page, '17-rep-no-access');
  await signOut(page);
});

test('the rep signs in with the new password; the initial one no longer works', async () => {
  await signIn(page, rep.username, rep.initial);
  await page.getByRole('alert').getByText('Wrong user name or password.').waitFor();
  await signIn(page, rep.username, rep.chosen);
  await nav(page).waitFor();
  await signOut(page);
});
