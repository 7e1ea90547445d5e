// Records through the real Go backend, after the other flows (same workspace):
// the administrator creates a company and a contact linked to it, logs an
// activity, converts a lead (with a deal), moves the deal through the stages
// in the list and on the board, finds it with the global search, links a
// second contact (whose page then lists the deal), and moves it to the Trash
// and back.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openApp, shot } from './browser.mjs';
import { nav, signInAsAdmin } from './flows.mjs';

const company = 'Globex Iberia <b>SL</b>';
const contact = { first: 'Marta', last: 'Ibáñez' };
const lead = { first: 'Lucía', last: 'Moreno', company: 'Moreno Logistics' };
const deal = `${lead.first} ${lead.last} deal`;
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
const drawer = (title) => page.getByRole('dialog', { name: title });
const pick = async (scope, label, text, option) => {
  const box = scope.getByRole('textbox', { name: label }).or(scope.getByLabel(label)).first();
  await box.click();
  if (text) await box.fill(text);
  await page.getByRole('option', { name: option ?? text }).first().click();
};

test('the administrator creates a company; the form says what is missing', async () => {
  await signInAsAdmin(page);
  await openSection('Companies');
  await page.getByRole('button', { name: 'New company' }).first().click();
  const form = drawer('New company');
  await form.getByRole('button', { name: 'Create company' }).click();
  await form.getByText('Required.').first().waitFor();
  await page.waitForTimeout(300);
  await shot(page, '40-company-required');
  await form.getByLabel(/^Name/).fill(company);
  await form.getByRole('button', { name: 'Create company' }).click();
  await page.getByRole('heading', { name: company, exact: true }).waitFor();
});

test('a contact linked to the company, with an activity and an edit on its timeline', async () => {
  await openSection('Contacts');
  await page.getByRole('button', { name: 'New contact' }).first().click();
  const form = drawer('New contact');
  await form.getByLabel(/^First name/).fill(contact.first);
  await form.getByLabel(/^Last name/).fill(contact.last);
  await form.getByLabel(/^Email/).first().fill('marta@globex');
  await pick(form, 'Company', 'Globex', new RegExp('Globex'));
  await form.getByRole('button', { name: 'Create contact' }).click();
  await form.getByText('Enter an email address like name@example.com.').waitFor();
  await shot(page, '41-contact-invalid-email');
  await form.getByLabel(/^Email/).first().fill('marta@globex.example');
  await form.getByRole('button', { name: 'Create contact' }).click();
  await page.getByRole('heading', { name: `${contact.first} ${contact.last}` }).waitFor();
  await page.getByRole('link', { name: company }).waitFor();
  await page.getByLabel('Activity', { exact: true }).fill('Called about the renewal');
  await page.getByRole('button', { name: 'Log activity' }).click();
  await page.getByTestId('timeline').getByText('Called about the renewal').waitFor();
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const edit = page.getByRole('dialog', { name: /^Edit/ });
  await edit.getByLabel(/^Job title/).fill('Head of Procurement');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await edit.waitFor({ state: 'hidden' });
  await page.getByTestId('timeline').getByText('Head of Procurement').first().waitFor();
  await shot(page, '42-contact-detail-timeline');
});

test('a lead is converted with a deal; the app opens the new contact', async () => {
  await openSection('Leads');
  await page.getByRole('button', { name: 'New lead' }).first().click();
  const form = drawer('New lead');
  await form.getByLabel(/^First name/).fill(lead.first);
  await form.getByLabel(/^Last name/).fill(lead.last);
  await form.getByLabel(/^Company/).fill(lead.company);
  await form.getByRole('button', { name: 'Create lead' }).click();
  await page.getByRole('heading', { name: `${lead.first} ${lead.last}` }).waitFor();
  await page.getByRole('button', { name: 'Convert' }).click();
  const modal = page.getByRole('dialog', { name: /^Convert/ });
  await modal.getByLabel('Create a company from the lead').check();
  assert.equal(await modal.getByLabel(/^Deal name/).inputValue(), deal);
  await modal.getByLabel('Amount').fill('25000');
  await shot(page, '43-convert-lead');
  await modal.getByRole('button', { name: 'Convert lead' }).click();
  await page.waitForURL(/#\/contacts\//);
  await page.getByRole('heading', { name: `${lead.first} ${lead.last}`, exact: true }).first().waitFor();
});

test('the deal moves through the stages in the list and on the board', async () => {
  await openSection('Deals');
  const row = page.getByRole('row', { name: new RegExp(deal) });
  await row.waitFor();
  const stageBox = page.getByRole('textbox', { name: `Stage of ${deal}` }).or(page.getByLabel(`Stage of ${deal}`)).first();
  const before = await stageBox.inputValue();
  await stageBox.click();
  const options = page.getByRole('option');
  const names = await options.allInnerTexts();
  const next = names.find((n) => n !== before);
  await options.filter({ hasText: next }).first().click();
  await page.waitForFunction(([label, v]) => document.querySelector(`[aria-label="${label}"]`)?.value === v, [`Stage of ${deal}`, next]);
  await shot(page, '44-deals-list');
  await page.locator('label').filter({ hasText: /^Board$/ }).click();
  const card = page.getByTestId('deal-card').filter({ hasText: deal });
  await card.waitFor();
  const third = names.find((n) => n !== before && n !== next);
  await pick(card, `Stage of ${deal}`, '', third);
  await page.getByTestId(`board-column-${third}`).getByText(deal).waitFor();
  await shot(page, '45-deals-board');
  await page.locator('label').filter({ hasText: /^List$/ }).click();
});

test('the global search finds the deal; Enter opens it', async () => {
  await page.keyboard.press('Control+K');
  const input = page.getByPlaceholder('Search records or jump to…');
  await input.fill('Moreno deal'); // words must start each word: only the deal matches
  const hit = page.locator('.mantine-Spotlight-action').filter({ hasText: deal });
  await hit.first().waitFor();
  await page.locator('.mantine-Spotlight-actionsGroup').first().waitFor();
  await shot(page, '46-global-search');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: deal }).waitFor();
});

test('a second contact joins the deal; the contact page lists the deal', async () => {
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const edit = page.getByRole('dialog', { name: /^Edit/ });
  await pick(edit, 'Contacts', 'Ibáñez', new RegExp(contact.last));
  await edit.getByRole('heading').first().click(); // close the dropdown, not the drawer
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await edit.waitFor({ state: 'hidden' });
  const linked = page.getByRole('link', { name: `${contact.first} ${contact.last}` });
  await page.getByRole('link', { name: `${lead.first} ${lead.last}` }).first().waitFor();
  await shot(page, '46b-deal-contacts');
  await linked.first().click();
  await page.getByRole('heading', { name: `${contact.first} ${contact.last}`, exact: true }).waitFor();
  const panel = page.getByRole('region', { name: 'Deals' });
  await panel.getByRole('link', { name: deal }).waitFor();
  await shot(page, '46c-contact-deals');
  await panel.getByRole('link', { name: deal }).click();
  await page.getByRole('heading', { name: deal }).waitFor();
});

test('the deal goes to the Trash and comes back', async () => {
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Move to Trash' }).click();
  await page.getByRole('heading', { name: 'Deals', exact: true }).waitFor();
  await page.getByRole('button', { name: 'Trash', exact: true }).click();
  const row = page.getByRole('row', { name: new RegExp(deal) });
  await row.waitFor();
  await shot(page, '47-deals-trash');
  await row.getByRole('button', { name: 'Restore' }).click();
  await page.getByText('The Trash is empty').waitFor();
  await page.getByRole('button', { name: 'Leave Trash' }).click();
  await page.getByRole('row', { name: new RegExp(deal) }).waitFor();
});

test('contacts list with a column filter open, light and dark', async () => {
  await openSection('Contacts');
  await page.getByRole('row', { name: new RegExp(contact.last) }).waitFor();
  await page.getByRole('button', { name: 'Filter Phone' }).click();
  await page.getByRole('button', { name: 'Apply' }).waitFor();
  await page.waitForTimeout(400); // let the popover finish fading in
  await shot(page, '48-contacts-filter');
  await page.keyboard.press('Escape');
  await page.evaluate(() => localStorage.setItem('fieldvault-color-scheme', 'dark'));
  await page.reload();
  await page.getByRole('row', { name: new RegExp(contact.last) }).waitFor();
  await shot(page, '49-contacts-dark');
  await page.evaluate(() => localStorage.setItem('fieldvault-color-scheme', 'light'));
});
