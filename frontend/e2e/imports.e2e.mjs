// Importing contacts through the real Go backend: the administrator writes a
// semicolon-delimited CSV under a title line (accented names, an invalid
// email, a row repeating an earlier email, a last name that looks like a
// spreadsheet formula), opens Import, picks Contacts and the file, checks the
// detected delimiter, header row and the suggested mapping, matches on Email creating new records only, runs the dry
// run (counts, problems, report), imports, finds the contacts (the formula as
// plain text), reverts the import from Past imports, and finds the run in the
// integration log with the outcome "Warnings".
//
// It may meet a brand-new workspace (FIELDVAULT_E2E_ONLY=imports) or one the
// other flows filled, so its people carry a token ("Imp9") no other flow uses.
// scripts/e2e.sh sets FIELDVAULT_OPEN_DIR (the open dialog answers with the
// newest file there) and FIELDVAULT_SAVE_DIR (the save dialog answers there).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { openApp, shot } from './browser.mjs';
import { nav, signInAsAdmin } from './flows.mjs';

const openDir = process.env.FIELDVAULT_OPEN_DIR ?? join(tmpdir(), 'fieldvault-open');
const saveDir = process.env.FIELDVAULT_SAVE_DIR;
const fileName = 'imp9-contacts.csv';
const formula = '=HYPERLINK("http://x","y")';
// A CSV field with quotes is quoted, its quotes doubled (RFC 4180).
const quoted = (text) => `"${text.replaceAll('"', '""')}"`;
const csv = [
  'Contacts met at the Imp9 fair',
  'First name;Last name;E-mail;Phone;Job title;Notes',
  'Zoë;Ångström-Imp9;zoe.imp9@example.com;+44 20 7946 0958;Buyer;met at the fair',
  'José;Muñoz-Imp9;jose.imp9@example.com;;Engineer;',
  'Bob;Broken-Imp9;bob at example.com;;;',
  'Zoe;Repeat-Imp9;zoe.imp9@example.com;;;same person as row 3',
  `Evelyn;${quoted(formula)};evelyn.imp9@example.com;;Analyst;`,
].join('\r\n');

let browser;
let page;

before(async () => {
  mkdirSync(openDir, { recursive: true });
  writeFileSync(join(openDir, fileName), `${csv}\r\n`, 'utf8');
  ({ browser, page } = await openApp());
});
after(async () => {
  await browser?.close();
});

const openSection = async (name) => {
  await nav(page).getByText(name, { exact: true }).click();
  await page.getByRole('heading', { name, exact: true }).waitFor();
};
/** Chooses `option` in the Mantine select labelled `label` inside `scope`. */
const pick = async (scope, label, option) => {
  await scope.getByRole('textbox', { name: label, exact: true }).or(scope.getByLabel(label, { exact: true })).first().click();
  await page.getByRole('option', { name: option, exact: true }).click();
};
const toast = (text) => page.locator('.mantine-Notification-root').filter({ hasText: text });
/** Waits until the toasts of earlier steps have gone, so they do not cover a screenshot. */
const toastsGone = () => page.locator('.mantine-Notification-root').first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => {});
/** The numbers on the count tiles, by tile. */
const tileCounts = async () => {
  const out = {};
  for (const key of ['new', 'update', 'unchanged', 'duplicate', 'skipped', 'invalid']) {
    out[key] = Number((await page.getByTestId(`count-${key}`).getByTestId('count-value').innerText()).replaceAll(',', ''));
  }
  return out;
};
const searchContacts = async (text) => {
  await openSection('Contacts');
  await page.getByRole('textbox', { name: 'Search contacts' }).fill(text);
};

test('Import: choose Contacts and the CSV; the semicolon delimiter, UTF-8 and the header below the title are detected; the preview shows the rows as written', async () => {
  await signInAsAdmin(page);
  await openSection('Import');
  const wizard = page.getByTestId('import-wizard');
  await pick(wizard, 'Record type', 'Contacts');
  await wizard.getByRole('button', { name: 'Choose file…' }).click();
  await page.getByTestId('import-file-name').filter({ hasText: fileName }).waitFor();
  const file = page.getByTestId('import-file');
  assert.equal(await file.getByLabel('Delimiter', { exact: true }).inputValue(), 'Semicolon (;)');
  assert.equal(await file.getByLabel('Text encoding', { exact: true }).inputValue(), 'UTF-8');
  await file.getByText('Detected').first().waitFor();
  assert.equal(await file.getByRole('textbox', { name: 'Header row', exact: true }).inputValue(), '2');
  await file.getByText('Rows above skipped').waitFor();
  const preview = page.getByTestId('import-preview');
  assert.equal(await preview.locator('tbody tr td').first().innerText(), '3'); // the first data row is the file's third
  await preview.getByRole('cell', { name: 'Ångström-Imp9', exact: true }).waitFor();
  await preview.getByRole('cell', { name: formula, exact: true }).waitFor();
  assert.equal(await preview.locator('tbody tr').count(), 5);
  await shot(page, '90-import-file-chosen');
});

test('the mapping is suggested from the column names; match on Email, create new records only', async () => {
  await page.getByRole('button', { name: 'Map columns', exact: true }).click();
  const table = page.getByTestId('mapping-table');
  await table.waitFor();
  const field = (column) => {
    const name = `Field for column ${column}`;
    return table.getByRole('textbox', { name, exact: true }).or(table.getByLabel(name, { exact: true })).first();
  };
  assert.equal(await field('First name').inputValue(), 'First name');
  assert.equal(await field('Last name').inputValue(), 'Last name (required)');
  assert.equal(await field('E-mail').inputValue(), 'Email');
  assert.equal(await field('Job title').inputValue(), 'Job title');
  assert.equal(await field('Notes').inputValue(), 'Don’t import');
  assert.equal(await table.getByText('Suggested').count(), 5);
  // a field chosen twice is flagged until it is undone
  await pick(page, 'Field for column Notes', 'Job title');
  await page.getByText('Also chosen for “Job title”: each field takes one column.').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Dry run', exact: true }).isDisabled(), true);
  await pick(page, 'Field for column Notes', 'Don’t import');
  await pick(page, 'Match rows to records by', 'Email');
  await page.getByRole('radio', { name: 'Create new records only' }).check();
  await page.getByRole('checkbox', { name: 'Skip likely duplicates' }).waitFor();
  await shot(page, '91-import-mapping');
});

test('the dry run counts 3 new, 1 duplicate and 1 invalid row, lists the problems and saves the report', async () => {
  await page.getByRole('button', { name: 'Dry run', exact: true }).click();
  const result = page.getByTestId('dry-run-result');
  await result.waitFor({ timeout: 60_000 });
  assert.deepEqual(await tileCounts(), { new: 3, update: 0, unchanged: 0, duplicate: 1, skipped: 0, invalid: 1 });
  const problems = page.getByTestId('problem-table');
  await problems.getByRole('row').filter({ hasText: 'bob at example.com' }).getByText(/^invalid$/i).waitFor();
  await problems.getByRole('row').filter({ hasText: 'Repeats row 3.' }).getByText(/^duplicate$/i).waitFor();
  await shot(page, '92-import-dry-run');
  await page.getByRole('button', { name: 'Download report (.xlsx)' }).click();
  await toast('Report saved').waitFor();
  if (saveDir) {
    const report = join(saveDir, 'imp9-contacts problems.xlsx');
    assert.ok(existsSync(report), `${report} was not written`);
  }
});

test('the import creates the three contacts and shows what it did', async () => {
  await toastsGone();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const result = page.getByTestId('import-result');
  await result.waitFor({ timeout: 60_000 });
  await result.getByText('Import finished').waitFor();
  assert.deepEqual(await tileCounts(), { new: 3, update: 0, unchanged: 0, duplicate: 1, skipped: 0, invalid: 1 });
  await result.getByRole('button', { name: 'Revert this import' }).waitFor();
  await shot(page, '93-import-result');
});

test('the contacts are listed; the formula-looking last name is plain text', async () => {
  await page.getByRole('link', { name: 'View in Contacts' }).click();
  await page.getByRole('heading', { name: 'Contacts', exact: true }).waitFor();
  await page.getByRole('textbox', { name: 'Search contacts' }).fill('Imp9');
  await page.getByRole('row', { name: /Zoë/ }).filter({ hasText: 'Ångström-Imp9' }).waitFor();
  await page.getByRole('row', { name: /José/ }).filter({ hasText: 'Muñoz-Imp9' }).waitFor();
  const evelyn = page.getByRole('row').filter({ hasText: formula });
  await evelyn.waitFor();
  assert.equal(await evelyn.locator('a[href^="http://x"]').count(), 0, 'the formula must not become a link');
  assert.equal(await page.getByRole('row').filter({ hasText: 'Broken-Imp9' }).count(), 0);
  assert.equal(await page.getByRole('row').filter({ hasText: 'Repeat-Imp9' }).count(), 0);
  await shot(page, '94-contacts-imported');
});

test('Past imports lists the import; Revert explains itself and removes the contacts', async () => {
  await openSection('Import');
  await page.getByRole('tab', { name: 'Past imports' }).click();
  const row = page.getByTestId('import-batch-row').filter({ hasText: fileName }).first();
  await row.getByText(/^imported$/i).waitFor();
  assert.equal(await row.getByTestId('batch-counts').innerText(), '5 rows · 3 created · 1 duplicate · 1 invalid');
  await shot(page, '95-past-imports');
  await row.getByRole('button', { name: `Revert the import of ${fileName}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Revert this import?' });
  await dialog.getByText(/^It is all or nothing/).waitFor();
  assert.match(await dialog.innerText(), /deletes the 3 contacts it created for good\./);
  await page.waitForTimeout(400); // let the modal finish fading in
  await shot(page, '96-revert-confirm');
  await dialog.getByRole('button', { name: 'Revert import' }).click();
  await toast('Import reverted').waitFor({ timeout: 60_000 });
  await row.getByText(/^reverted$/i).waitFor();
  await searchContacts('Imp9');
  await page.getByText('No contacts match').waitFor();
  await toastsGone();
  await shot(page, '97-contacts-after-revert');
});

test('the integration log shows the import with the outcome Warnings', async () => {
  await openSection('Integration log');
  const row = page.getByTestId('integration-run-row').filter({ hasText: `Import Contacts from ${fileName}` }).first();
  await row.waitFor();
  assert.match(await row.getByTestId('run-outcome').innerText(), /^warnings$/i); // the badge may show it in capitals
  assert.match(await row.getByTestId('run-counts').innerText(), /5 rows · 3 new · 1 duplicate · 1 invalid/);
  await shot(page, '98-integration-log');
  await pick(page, 'Outcome', 'Failed');
  // the earlier list stays on screen until the filtered one arrives
  await page.getByTestId('integration-run-row').filter({ hasText: fileName }).first().waitFor({ state: 'detached' });
  await pick(page, 'Outcome', 'Warnings');
  await page.getByTestId('integration-run-row').filter({ hasText: fileName }).first().waitFor();
  await shot(page, '99-integration-log-filtered');
});

// A larger file: progress with Cancel, a cancelled import in the log, Retry.
const bulkName = 'imp9-bulk.csv';
const BULK = 30_000;
/** A made-up name for row i: distinct letters per row, so the duplicate rules see different people. */
const madeUpName = (i, salt) => {
  let x = (i * 2_654_435_761 + salt * 40_503) % 4_294_967_296;
  let out = '';
  for (let k = 0; k < 8; k += 1) {
    x = (x * 1_103_515_245 + 12_345) % 2_147_483_648;
    out += String.fromCharCode(97 + (x % 26));
  }
  return out[0].toUpperCase() + out.slice(1);
};

test('a large file: the dry run shows progress, then 300 problems in a virtualised table', async () => {
  const rows = ['First name;Last name;E-mail'];
  for (let i = 1; i <= BULK; i += 1) {
    rows.push(`${madeUpName(i, 1)};${madeUpName(i, 2)};${i % 100 === 0 ? `row${i} at example` : `bulk${i}.imp9@example.com`}`);
  }
  writeFileSync(join(openDir, bulkName), `${rows.join('\n')}\n`, 'utf8');
  await openSection('Import');
  await page.getByRole('tab', { name: 'New import' }).click();
  await page.getByTestId('import-wizard').getByRole('button', { name: /^Choose (another )?file…$/ }).click();
  await page.getByTestId('import-file-name').filter({ hasText: bulkName }).waitFor();
  await page.getByRole('button', { name: 'Map columns', exact: true }).click();
  await page.getByRole('button', { name: 'Dry run', exact: true }).click();
  await page.getByRole('progressbar', { name: 'Dry run progress' }).waitFor();
  await shot(page, '92b-import-dry-run-progress');
  await page.getByTestId('dry-run-result').waitFor({ timeout: 120_000 });
  const counts = await tileCounts();
  // made-up names can still look alike now and then: those rows are likely duplicates
  assert.deepEqual({ ...counts, new: counts.new + counts.duplicate, duplicate: 0 }, { new: BULK - 300, update: 0, unchanged: 0, duplicate: 0, skipped: 0, invalid: 300 });
  assert.ok(counts.duplicate < 100, `${counts.duplicate} likely duplicates among made-up names`);
  await page.getByText(`Problems (${(300 + counts.duplicate).toLocaleString('en-US')})`).waitFor();
  const rendered = await page.getByTestId('problem-row').count();
  assert.ok(rendered > 0 && rendered < 300, `the problem table renders only what is in view (${rendered} rows)`);
  await page.getByTestId('problem-table').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await page.getByTestId('problem-row').filter({ hasText: `row${BULK} at example` }).waitFor();
});

test('Cancel stops the import; the integration log offers Retry, which runs it again', async () => {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  // Cancel once the backend reports progress (the job is running by then)
  await page.getByText(/^Importing… \d+%$/).waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  const result = page.getByTestId('import-result');
  await result.getByText('Import cancelled').waitFor({ timeout: 60_000 });
  await shot(page, '93b-import-cancelled');
  await openSection('Integration log');
  const row = page.getByTestId('integration-run-row').filter({ hasText: `Import Contacts from ${bulkName}` }).first();
  assert.match(await row.getByTestId('run-outcome').innerText(), /^cancelled$/i);
  await row.getByRole('button', { name: 'Retry' }).click();
  const dialog = page.getByRole('dialog', { name: 'Retry this import?' });
  await dialog.getByRole('button', { name: 'Retry import' }).click();
  await dialog.getByTestId('retry-result').getByText('The import ran again').waitFor({ timeout: 120_000 });
  assert.match(await dialog.getByTestId('retry-result').innerText(), /30,000 rows · [\d,]+ new · [\d,]+ duplicates · 300 invalid/);
  await page.waitForTimeout(300);
  await shot(page, '98b-integration-log-retry');
  await dialog.getByRole('button', { name: 'Download report (.xlsx)' }).click();
  await toast('Report saved').waitFor();
  if (saveDir) assert.ok(existsSync(join(saveDir, 'imp9-bulk problems.xlsx')), 'the retried import’s report was written');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByTestId('integration-run-row').filter({ hasText: 'Retry of an earlier run' }).first().waitFor();
});

test('both bulk imports are reverted, so later flows meet the workspace as before', async () => {
  await openSection('Import');
  await page.getByRole('tab', { name: 'Past imports' }).click();
  for (let i = 0; i < 2; i += 1) {
    const row = page.getByTestId('import-batch-row').filter({ hasText: bulkName }).filter({ has: page.getByRole('button', { name: /^Revert the import/ }) }).first();
    await row.getByRole('button', { name: `Revert the import of ${bulkName}` }).click();
    await page.getByRole('dialog', { name: 'Revert this import?' }).getByRole('button', { name: 'Revert import' }).click();
    await page.getByRole('dialog', { name: 'Revert this import?' }).waitFor({ state: 'detached', timeout: 120_000 });
  }
  assert.equal(await page.getByTestId('import-batch-row').filter({ hasText: bulkName }).getByText(/^reverted$/i).count(), 2);
  await searchContacts('Imp9');
  await page.getByText('No contacts match').waitFor();
});
