// The audit log viewer through the real Go backend: the administrator opens
// the audit log, filters it to data entries, opens an entry (also by its
// link), verifies the chain to the end, exports the filtered log to Excel,
// and reads a record's "Who viewed or changed this".
//
// File-name order (scripts/e2e.sh runs e2e/*.e2e.mjs one file at a time) puts
// this flow before records, roles and workspace, and it must not depend on
// alerts either: it may meet a brand-new workspace, so it creates the contact
// it looks at, with a name no other flow searches for.
// scripts/e2e.sh sets FIELDVAULT_SAVE_DIR, so the save dialog answers by itself.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { openApp, shot } from './browser.mjs';
import { admin, nav, signInAsAdmin } from './flows.mjs';

const person = { first: 'Olga', last: 'Petrova', email: 'olga.petrova@example.com', title: 'Head of Sales' };
const fullName = `${person.first} ${person.last}`;
let browser;
let page;

before(async () => {
  ({ browser, page } = await openApp());
});
after(async () => {
  await browser?.close();
});

const openSection = async (name) => {
  await nav(page).getByText(name, { exact: true }).click();
  await page.getByRole('heading', { name, exact: true }).waitFor();
};
const card = () => page.getByTestId('audit-integrity');
const table = () => page.getByTestId('audit-table');
const entryDrawer = () => page.getByRole('dialog', { name: /^Audit entry #/ });
/** Waits until the list has settled on rows whose column `n` (1-based) shows only `values`. */
const columnHolds = async (n, values) => {
  await page
    .waitForFunction(
      ([col, want]) => {
        const grid = document.querySelector('[data-testid="audit-table"]');
        const cells = [...(grid?.querySelectorAll(`[role="row"] > [role="cell"]:nth-child(${col})`) ?? [])];
        return grid?.getAttribute('aria-busy') === 'false' && cells.length > 0 && cells.every((c) => want.includes(c.textContent.trim()));
      },
      [n, values],
    )
    .catch(() => {}); // the assertion below says what differs
  const texts = await table().locator(`[role="row"] > [role="cell"]:nth-child(${n})`).allInnerTexts();
  assert.ok(texts.length > 0, 'some rows are shown');
  assert.deepEqual([...new Set(texts.map((t) => t.trim()))], values);
};
/** Chooses `option` in the Mantine select labelled `label`. */
const pick = async (label, option) => {
  const box = page.getByRole('textbox', { name: label, exact: true }).or(page.getByLabel(label, { exact: true })).first();
  await box.click();
  await page.getByRole('option', { name: option, exact: true }).click();
};

test('a contact to audit: created, then changed, by the administrator', async () => {
  await signInAsAdmin(page);
  await openSection('Contacts');
  await page.getByRole('button', { name: 'New contact' }).first().click();
  const form = page.getByRole('dialog', { name: 'New contact' });
  await form.getByLabel(/^First name/).fill(person.first);
  await form.getByLabel(/^Last name/).fill(person.last);
  await form.getByLabel(/^Email/).first().fill(person.email);
  await form.getByRole('button', { name: 'Create contact' }).click();
  await page.getByRole('heading', { name: fullName, exact: true }).waitFor();
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const edit = page.getByRole('dialog', { name: /^Edit/ });
  await edit.getByLabel(/^Job title/).fill(person.title);
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await edit.waitFor({ state: 'hidden' });
});

test('the audit log opens, checks itself once, and lists the newest entries', async () => {
  await openSection('Audit');
  await card().getByText('Intact').waitFor({ timeout: 60_000 }); // the first visit in a session verifies by itself
  await table().getByRole('row').nth(1).waitFor();
  assert.match(await page.getByTestId('audit-count').innerText(), /^[\d,]+\+? entr(y|ies)$/);
  await shot(page, '60-audit-log');
});

test('filtering by category "data" narrows the list and lands in the URL', async () => {
  await pick('Category', 'Data');
  await page.waitForURL(/[?&]category=data/);
  const row = table().getByRole('row', { name: /contact\.update/ }).filter({ hasText: fullName }).first();
  await row.waitFor();
  await columnHolds(3, ['Data']);
  await shot(page, '61-audit-filtered-data');
});

test("an entry's detail: who and where, the field change, the hashes; its link reopens it", async () => {
  await table().getByRole('row', { name: /contact\.update/ }).filter({ hasText: fullName }).first().click();
  const drawer = entryDrawer();
  await drawer.getByTestId('audit-entry').waitFor();
  await drawer.getByText(admin.username, { exact: false }).first().waitFor(); // who (the audit keeps the user name), with their role
  await drawer.getByTestId('audit-field-changes').getByText(person.title).waitFor();
  await drawer.getByRole('button', { name: 'Copy entry hash' }).waitFor();
  assert.match(page.url(), /[?&]seq=\d+/);
  await page.waitForTimeout(400); // let the drawer finish sliding in
  await shot(page, '62-audit-entry');
  await page.reload();
  await entryDrawer().getByTestId('audit-field-changes').getByText(person.title).waitFor();
  await page.keyboard.press('Escape');
  await entryDrawer().waitFor({ state: 'hidden' });
  assert.doesNotMatch(page.url(), /[?&]seq=/);
  assert.match(page.url(), /[?&]category=data/, 'the filters survive opening and closing an entry');
});

test('Verify now runs to the end and reports the result', async () => {
  await card().getByRole('button', { name: 'Verify now' }).click();
  await card().getByRole('button', { name: 'Verify now' }).waitFor({ timeout: 60_000 }); // hidden while it runs
  const result = card().getByTestId('verify-result');
  await result.waitFor();
  assert.match(await result.innerText(), /^Checked [\d,]+ entries/);
  await card().getByText('Intact').waitFor();
  assert.match(await card().innerText(), /verified up to entry #[\d,]+/);
  await shot(page, '63-audit-verified');
});

test('the filtered log exports to Excel; the toast names the file and the rows', async () => {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Export to Excel (.xlsx)' }).click();
  const toast = page.locator('.mantine-Notification-root').filter({ hasText: 'Audit log exported' });
  await toast.waitFor({ timeout: 60_000 });
  const text = await toast.innerText();
  const saved = /([\d,]+) entr(?:y|ies) saved to (.+\.xlsx)\./s.exec(text);
  assert.ok(saved, `unexpected toast: ${text}`);
  assert.ok(Number(saved[1].replace(/,/g, '')) > 0, 'at least one entry exported');
  const dir = process.env.FIELDVAULT_SAVE_DIR;
  if (dir) {
    const path = saved[2].replace(/\s+/g, ''); // the toast may wrap the path
    assert.ok(path.startsWith(dir), `${path} is not in ${dir}`);
    assert.ok(existsSync(path), `${path} was not written`);
  }
  await shot(page, '64-audit-exported');
});

test('the contact page shows who viewed or changed it; the link opens the log filtered to it', async () => {
  await openSection('Contacts');
  await page.getByRole('row', { name: new RegExp(fullName) }).first().click();
  await page.getByRole('heading', { name: fullName, exact: true }).waitFor();
  const panel = page.getByRole('region', { name: 'Who viewed or changed this' });
  const list = panel.getByTestId('record-audit');
  await list.getByText(`${admin.username} created`).first().waitFor();
  await list.getByText(`${admin.username} changed`).first().waitFor();
  await list.getByText(`${admin.username} viewed`).first().waitFor();
  await shot(page, '65-record-audit-panel');
  await panel.getByRole('link', { name: 'Open in audit log' }).click();
  await page.waitForURL(/[?&]objectType=contact&objectId=[^&]+/);
  await page.getByRole('heading', { name: 'Audit', exact: true }).waitFor();
  await table().getByRole('row', { name: /contact\.create/ }).first().waitFor();
  await columnHolds(5, [fullName]);
  await shot(page, '66-audit-filtered-to-record');
});

test("a subject access report of the contact is saved as Excel", async () => {
  await openSection('Contacts');
  await page.getByRole('row', { name: new RegExp(fullName) }).first().click();
  await page.getByRole('heading', { name: fullName, exact: true }).waitFor();
  await page.getByRole('button', { name: 'Subject access export' }).click();
  await page.getByRole('menuitem', { name: 'Excel (.xlsx)' }).click();
  const toast = page.locator('.mantine-Notification-root').filter({ hasText: 'Subject access report saved' });
  await toast.waitFor({ timeout: 60_000 });
  const dir = process.env.FIELDVAULT_SAVE_DIR;
  if (dir) {
    const path = /(\/\S[^\n]*\.xlsx)/.exec((await toast.innerText()).replace(/\s+/g, ''))?.[1];
    assert.ok(path && existsSync(path), `the report was not written: ${path}`);
  }
  await shot(page, '67-subject-access');
});

test('erasing the contact blanks it, and the audit log keeps its entries without the name', async () => {
  await openSection('Contacts');
  await page.getByRole('row', { name: new RegExp(fullName) }).first().click();
  await page.getByRole('heading', { name: fullName, exact: true }).waitFor();
  await page.getByRole('button', { name: 'Erase personal data…' }).click();
  const dialog = page.getByRole('dialog', { name: "Erase this contact's personal data" });
  await dialog.getByRole('button', { name: 'Erase personal data' }).click();
  await dialog.getByText("Enter the request's reference.").waitFor(); // nothing happens without it
  await dialog.getByLabel(/^Request reference/).fill('DSR-2026-001');
  await dialog.getByLabel(/^Type ERASE to confirm/).fill('ERASE');
  await shot(page, '68-erasure-dialog');
  await dialog.getByRole('button', { name: 'Erase personal data' }).click();
  await page.locator('.mantine-Notification-root').filter({ hasText: 'Personal data erased' }).waitFor({ timeout: 30_000 });
  await page.getByRole('heading', { name: 'Erased', exact: true }).waitFor();
  // the record's history is still there, under the erased label
  const panel = page.getByRole('region', { name: 'Who viewed or changed this' });
  await panel.getByRole('link', { name: 'Open in audit log' }).click();
  await page.waitForURL(/[?&]objectType=contact&objectId=[^&]+/);
  await table().getByRole('row', { name: /privacy\.erase/ }).first().waitFor();
  await table().getByRole('row', { name: /contact\.create/ }).first().waitFor();
  const labels = await table().locator('[role="row"] > [role="cell"]:nth-child(5)').allInnerTexts();
  assert.ok(labels.some((l) => l.includes('Erased contact')), `labels: ${labels}`);
  assert.ok(!labels.some((l) => l.includes(person.last)), `the name is still shown: ${labels}`);
  await table().getByRole('row', { name: /contact\.create/ }).first().click();
  await entryDrawer().getByText('[erased]').first().waitFor();
  await shot(page, '69-audit-after-erasure');
  await page.keyboard.press('Escape');
  // the name no longer finds anything in the log
  await openSection('Audit');
  await page.getByTestId('audit-filters').getByRole('textbox', { name: 'Search', exact: true }).fill(person.last);
  await page.getByText('No entries match these filters').waitFor({ timeout: 30_000 });
});
