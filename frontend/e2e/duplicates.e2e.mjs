// Duplicates through the real Go backend (same workspace as the other flows): the administrator
// creates a contact, then a second one with the same email — the form warns while it is typed —
// and logs an activity on the second. Duplicates → Find duplicates lists the pair; Review & merge
// keeps the first contact with a value chosen from the second; the second goes to the Trash and its
// activity shows on the survivor's timeline. Undo from the merge history brings both back.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openApp, shot } from './browser.mjs';
import { nav, signInAsAdmin } from './flows.mjs';

const person = { first: 'Dana', last: 'Whitfield', email: 'dana.whitfield@example.org' };
const fullName = `${person.first} ${person.last}`;
const keptTitle = 'Head of Field Operations';
const otherTitle = 'Field Operations Lead';
const otherPhone = '+1 202 555 0142';
const activity = 'Asked for a copy of the duplicate invoice';
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
const contactRows = () => page.getByRole('row', { name: new RegExp(person.last) });
/** The contacts list searched for the test person. */
const searchContacts = async () => {
  await openSection('Contacts');
  await page.getByRole('textbox', { name: 'Search contacts' }).fill(person.last);
  await contactRows().first().waitFor();
};
/** Creates the contact through the New contact drawer; returns the drawer (still open). */
const fillNewContact = async (title, extra = async () => {}) => {
  await openSection('Contacts');
  await page.getByRole('button', { name: 'New contact' }).first().click();
  const form = page.getByRole('dialog', { name: 'New contact' });
  await form.getByLabel(/^First name/).fill(person.first);
  await form.getByLabel(/^Last name/).fill(person.last);
  await form.getByLabel(/^Job title/).fill(title);
  await form.getByLabel(/^Email/).first().fill(person.email);
  await extra(form);
  return form;
};

test('the first contact is created; nothing like it exists yet', async () => {
  await signInAsAdmin(page);
  const form = await fillNewContact(keptTitle);
  await page.waitForTimeout(900); // the check runs once typing pauses (~400 ms)
  assert.equal(await form.getByTestId('duplicate-warning').count(), 0, 'no warning for a new person');
  await form.getByRole('button', { name: 'Create contact' }).click();
  await page.getByRole('heading', { name: fullName, exact: true }).waitFor();
});

test('the form warns about a second contact with the same email, which is saved anyway with an activity', async () => {
  const form = await fillNewContact(otherTitle, (f) => f.getByLabel(/^Phone/).first().fill(otherPhone));
  const warning = form.getByTestId('duplicate-warning');
  await warning.waitFor();
  await warning.getByText('This may be a duplicate of:').waitFor();
  await warning.getByRole('link', { name: new RegExp(fullName) }).waitFor();
  await warning.getByText('Same email').waitFor();
  await warning.scrollIntoViewIfNeeded();
  await shot(page, '30-duplicate-warning');
  await form.getByRole('button', { name: 'Create contact' }).click();
  await page.getByRole('heading', { name: fullName, exact: true }).waitFor();
  await page.getByLabel('Activity', { exact: true }).fill(activity);
  await page.getByRole('button', { name: 'Log activity' }).click();
  await page.getByTestId('timeline').getByText(activity).waitFor();
  await searchContacts();
  assert.equal(await contactRows().count(), 2);
});

test('Find duplicates lists the pair as the same email', async () => {
  await openSection('Duplicates');
  await page.waitForURL(/#\/duplicates\/contacts\/find/);
  await page.getByRole('tab', { name: 'Contacts' }).waitFor();
  await page.getByRole('button', { name: 'Find duplicates' }).click();
  await page.getByTestId('scan-summary').waitFor({ timeout: 60_000 });
  assert.match(await page.getByTestId('scan-summary').innerText(), /^[\d,]+ records? checked in [\d.,]+ m?s, [\d,]+ groups?$/);
  const group = page.getByRole('listitem', { name: `${fullName} / ${fullName}` });
  await group.waitFor();
  await group.getByText('Same email').waitFor();
  await shot(page, '31-duplicate-groups');
  await group.getByRole('button', { name: 'Review & merge' }).click();
});

test('Review & merge keeps the first contact with a value from the second', async () => {
  const modal = page.getByRole('dialog', { name: 'Review & merge' });
  const summary = modal.getByTestId('merge-summary');
  await summary.waitFor();
  // Same titles: the columns are "Dana Whitfield (1)" and "(2)". Keep the one without the activity.
  await summary.getByText(/goes to the Trash; (nothing links to it|its 1 activity moves to)/).waitFor(); // the preview has counted
  await modal.getByRole('radio', { name: new RegExp(`^Job title: ${keptTitle}`) }).waitFor();
  if (/nothing links to it/.test(await summary.innerText())) {
    await modal.getByRole('switch', { checked: false }).check({ force: true });
  }
  await summary.getByText(/its 1 activity moves to/).waitFor();
  // the kept record has no phone: the other's is chosen by default; its job title is chosen by hand
  const otherPhoneRadio = modal.getByRole('radio', { name: new RegExp(`^Phone: ${otherPhone.replace(/\+/g, '\\+')}`) });
  assert.equal(await otherPhoneRadio.isChecked(), true, "the survivor's empty phone takes the other's");
  await modal.getByRole('radio', { name: new RegExp(`^Job title: ${otherTitle}`) }).check({ force: true });
  await summary.getByText(/takes Job title and Phone from/).waitFor(); // in the form's field order
  await modal.getByText('same in both').first().waitFor(); // the email is identical: shown once
  await shot(page, '32-merge-review');
  await modal.getByRole('button', { name: 'Merge', exact: true }).click();
  const notice = page.locator('.mantine-Notification-root').filter({ hasText: 'Records merged' });
  await notice.waitFor();
  await notice.getByRole('button', { name: 'Undo' }).waitFor();
  await modal.waitFor({ state: 'hidden' });
  await shot(page, '33-merged-notification');
});

test('the other contact is gone and its activity is on the survivor', async () => {
  await searchContacts();
  await page.waitForFunction(
    (last) => [...document.querySelectorAll('[role="row"]')].filter((r) => r.textContent.includes(last)).length === 1,
    person.last,
  );
  await contactRows().first().click();
  await page.getByRole('heading', { name: fullName, exact: true }).waitFor();
  await page.getByTestId('timeline').getByText(activity).waitFor();
  await page.getByText(otherTitle, { exact: true }).first().waitFor();
  await page.getByText(otherPhone, { exact: true }).first().waitFor();
  await shot(page, '34-survivor-timeline');
});

test('Undo in the merge history brings both contacts back', async () => {
  await openSection('Duplicates');
  await page.locator('label').filter({ hasText: /^Merge history$/ }).click();
  await page.waitForURL(/#\/duplicates\/contacts\/history/);
  const table = page.getByRole('table', { name: 'Merge history' });
  const row = table.getByRole('row', { name: new RegExp(fullName) }).first();
  await row.waitFor();
  await shot(page, '35-merge-history');
  await row.getByRole('button', { name: /^Undo the merge/ }).click();
  await page.locator('.mantine-Notification-root').filter({ hasText: 'Merge undone' }).waitFor();
  await row.getByText('Undone').waitFor();
  await searchContacts();
  await page.waitForFunction(
    (last) => [...document.querySelectorAll('[role="row"]')].filter((r) => r.textContent.includes(last)).length === 2,
    person.last,
  );
});

test('the rules tab shows the settings an administrator may change', async () => {
  await openSection('Duplicates');
  await page.locator('label').filter({ hasText: /^Rules$/ }).click();
  await page.getByRole('region', { name: 'Duplicate rules for contacts' }).waitFor();
  await page.getByRole('switch', { name: 'Same email address' }).waitFor();
  await page.getByRole('button', { name: 'Save rules' }).waitFor();
  await shot(page, '36-duplicate-rules');
});
