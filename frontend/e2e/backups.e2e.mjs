// Backups and integration principals through the real Go backend: the
// administrator checks an age public key, backs the whole workspace up to a
// passphrase (scripts/e2e.sh sets FIELDVAULT_SAVE_DIR, so the save dialog
// answers by itself) and reads the result card; then adds an integration
// with the Marketing Manager role, copies its one-time token, and a script
// (the CLI, as the token's usage line says) signs in with it.
//
// Restoring needs a device without a workspace, so it is not in this flow
// (the setup screen's restore form has component tests).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, before, test } from 'node:test';
import { openApp, shot } from './browser.mjs';
import { openAdminTab, signInAsAdmin } from './flows.mjs';

// A public key only (its secret key was thrown away): Check keys parses it.
const AGE_PUBLIC_KEY = 'age1asjl8hr4whl8jx7fkjejmkrlg04kzh74kfm037npu57cqmwqm5xsw9du55';
const backupPassphrase = 'backup passphrase for e2e 2026';
const integration = { username: `webform-${Date.now().toString(36)}`, displayName: 'Webform CSV drop' };
let browser;
let page;
let token;

before(async () => {
  ({ browser, page } = await openApp());
});
after(async () => {
  await browser?.close();
});

test('Admin → Backups explains backups and checks a public key', async () => {
  await signInAsAdmin(page);
  await openAdminTab(page, 'Backups');
  await page.getByText('Whoever can open it reads everything').waitFor();
  await page.getByText('Encrypt to public keys').click();
  await page.getByRole('textbox', { name: /^Public keys/ }).fill(AGE_PUBLIC_KEY);
  await page.getByRole('button', { name: 'Check keys' }).click();
  const chips = page.getByTestId('checked-recipients');
  await chips.waitFor();
  assert.match(await chips.innerText(), /age · age1asjl8hr4…w9du55/);
  await shot(page, '70-backups-check-keys');
});

test('a backup to a passphrase: progress, then the result card', async () => {
  await page.getByText('Encrypt to a passphrase').click();
  await page.getByLabel(/^Backup passphrase/).fill(backupPassphrase);
  await page.getByLabel(/^Confirm the passphrase/).fill(backupPassphrase);
  await page.getByRole('button', { name: 'Back up…' }).click();
  const card = page.getByTestId('backup-result');
  await card.waitFor({ timeout: 120_000 });
  const text = await card.innerText();
  const file = /\/[^\n]*\.age/.exec(text)?.[0];
  assert.ok(file, `the card names the file: ${text}`);
  assert.match(basename(file), /-\d{4}-\d{2}-\d{2}-\d{4}\.age$/);
  assert.match(text, /\b[0-9a-f]{64}\b/, 'the SHA-256 is shown');
  assert.match(text, /\d+(\.\d+)? (bytes|KB|MB|GB)/, 'the size is human-readable');
  assert.match(text, /Up to entry #[\d,]+/);
  assert.match(text, /Passphrase/, 'encrypted to the passphrase');
  await card.getByRole('button', { name: 'Copy sha-256' }).waitFor();
  if (process.env.FIELDVAULT_SAVE_DIR) {
    assert.ok(existsSync(file), `${file} exists`);
    assert.ok(statSync(file).size > 0);
  }
  await shot(page, '71-backup-result');
});

test('Admin → Integrations: add one with role Marketing Manager; its token is shown once', async () => {
  await openAdminTab(page, 'Integrations');
  await page.getByRole('button', { name: 'Add integration' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add integration' });
  await dialog.getByLabel('User name').fill(integration.username);
  await dialog.getByLabel('Display name').fill(integration.displayName);
  await dialog.getByRole('combobox', { name: /^Role/ }).click();
  await page.getByRole('option', { name: 'Marketing Manager' }).click();
  await shot(page, '72-add-integration');
  await dialog.getByRole('button', { name: 'Add integration' }).click();

  const reveal = page.getByRole('dialog', { name: `Token for ${integration.username}` });
  token = (await reveal.getByTestId('integration-token').innerText()).trim();
  assert.match(token, /^fvi_[A-Z2-7]+$/);
  const usage = await reveal.getByTestId('integration-usage').innerText();
  assert.match(usage, new RegExp(`^FIELDVAULT_TOKEN=… fieldvault import FILE --user ${integration.username} --entity contacts --workspace \\S`));
  await reveal.getByRole('button', { name: 'Copy token' }).waitFor();
  assert.equal(await reveal.getByRole('button', { name: 'Done' }).isDisabled(), true, 'Done waits for the confirmation');
  await shot(page, '73-integration-token');
  await reveal.getByLabel('I have stored this token somewhere safe').check();
  await reveal.getByRole('button', { name: 'Done' }).click();
  await reveal.waitFor({ state: 'hidden' });
  assert.equal(await page.getByTestId('integration-token').count(), 0, 'the token is gone from the window');

  const row = page.getByTestId('integrations-table').getByRole('row', { name: new RegExp(integration.username) });
  await row.getByText('Marketing Manager').waitFor();
  await row.getByText('Active').waitFor();
  await shot(page, '74-integrations');
});

test('Admin → Users marks the integration', async () => {
  await openAdminTab(page, 'Users');
  const row = page.getByTestId('users-table').getByRole('row', { name: new RegExp(integration.username) });
  await row.getByText('Integration', { exact: true }).waitFor();
});

test('a script signs in with the token, as the usage line says', async (t) => {
  const bin = process.env.FIELDVAULT_E2E_BIN;
  const workspace = process.env.FIELDVAULT_E2E_WORKSPACE;
  if (!bin || !workspace) return t.skip('needs scripts/e2e.sh');
  const csv = join(mkdtempSync(join(tmpdir(), 'fv-e2e-')), 'webform.csv');
  writeFileSync(csv, 'Last Name,Email\nWebform,webform.lead@example.com\n');
  // only the token: no user password, no workspace passphrase (its key slot unlocks the workspace)
  const env = { ...process.env, FIELDVAULT_TOKEN: token };
  delete env.FIELDVAULT_PASSWORD;
  delete env.FIELDVAULT_PASSPHRASE;
  const args = ['import', csv, '--user', integration.username, '--entity', 'contacts', '--dry-run', '--workspace', workspace];
  const run = await new Promise((resolve, reject) => {
    execFile(bin, args, { env, timeout: 60_000 }, (error, stdout, stderr) => {
      if (error && typeof error.code === 'string') reject(error);
      else resolve({ code: error ? (error.code ?? 1) : 0, stdout: String(stdout), stderr: String(stderr) });
    });
  });
  assert.equal(run.code, 0, `import with the token failed: ${run.stderr}`);
  assert.match(run.stdout, /1 rows: 1 new/);
});
