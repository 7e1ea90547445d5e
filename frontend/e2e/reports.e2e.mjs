// Reports through the real Go backend: the administrator creates four deals
// in three stages, builds a summary of deals by stage (count and sum of the
// amount, only the deals of this flow), saves it, views it as a bar chart,
// clicks a bar to list the deals behind it, opens one, exports the report to
// a password-protected workbook, and opens a built-in report.
//
// It may meet a brand-new workspace (FIELDVAULT_E2E_ONLY=reports) or one the
// other flows filled, so its deals carry a prefix no other flow uses and the
// report filters on it: the counts below are exact either way.
// scripts/e2e.sh sets FIELDVAULT_SAVE_DIR, so the save dialog answers by itself.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { openApp, shot } from './browser.mjs';
import { admin, nav, passphrase, signIn, signInAsAdmin, signOut } from './flows.mjs';

const prefix = 'Rpt7';
const today = new Date().toISOString().slice(0, 10);
const deals = [
  { name: `${prefix} Alpha`, stage: 'Qualification', amount: '10000', outcome: 'open' },
  { name: `${prefix} Beta`, stage: 'Qualification', amount: '5000', outcome: 'open' },
  { name: `${prefix} Gamma`, stage: 'Proposal', amount: '20000', outcome: 'open' },
  { name: `${prefix} Delta`, stage: 'Negotiation', amount: '7500', outcome: 'won', closedAt: today },
];
const reportName = `${prefix} pipeline by stage`;
// A Sales Representative: reports.view without reports.manage, data.export or sensitive.view.
const rep = { username: 'rita.reports', displayName: 'Rita Reyes', initial: 'Rita-initial-pass-2026', chosen: 'rita chose this 2026' };
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
/** Chooses `option` in the Mantine select found by `label` (a label or an aria-label) inside `scope`. */
const pick = async (scope, label, option) => {
  const box = scope.getByRole('textbox', { name: label, exact: true }).or(scope.getByLabel(label, { exact: true })).first();
  await box.click();
  await page.getByRole('option', { name: option, exact: true }).first().click();
};
const segment = (scope, name) => scope.locator('label').filter({ hasText: new RegExp(`^${name}$`) }).first();
const toast = (text) => page.locator('.mantine-Notification-root').filter({ hasText: text });
/** Waits until the toasts of earlier steps have gone, so they do not cover a screenshot. */
const toastsGone = () => page.locator('.mantine-Notification-root').first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => {});

test('four deals in three stages', async () => {
  await signInAsAdmin(page);
  await openSection('Deals');
  for (const deal of deals) {
    await page.getByRole('button', { name: 'New deal' }).first().click();
    const form = page.getByRole('dialog', { name: 'New deal' });
    await form.getByLabel(/^Name/).fill(deal.name);
    await pick(form, 'Stage', deal.stage);
    await form.getByLabel('Amount', { exact: true }).fill(deal.amount);
    await pick(form, 'Outcome', deal.outcome);
    if (deal.closedAt) await form.getByLabel('Closed on', { exact: true }).fill(deal.closedAt);
    await form.getByRole('button', { name: 'Create deal' }).click();
    await page.getByRole('heading', { name: deal.name, exact: true }).waitFor();
    await openSection('Deals');
  }
});

test('the reports home lists the built-in reports; the search narrows them', async () => {
  await openSection('Reports');
  const list = page.getByTestId('report-list');
  await list.getByRole('link', { name: 'Pipeline by stage', exact: true }).waitFor();
  assert.ok((await list.getByTestId('report-row').count()) >= 10, 'the built-in reports are listed');
  await toastsGone();
  await shot(page, '70-reports-home');
  await page.getByRole('textbox', { name: 'Search reports' }).fill('revenue region');
  await list.getByRole('link', { name: 'Revenue by region', exact: true }).waitFor();
  await list.getByRole('link', { name: 'Pipeline by stage', exact: true }).waitFor({ state: 'detached' });
  await page.getByRole('textbox', { name: 'Search reports' }).fill('');
});

test('the builder makes a summary of deals by stage with count and sum of amount; the preview follows', async () => {
  await page.getByRole('button', { name: 'New report' }).click();
  await page.getByRole('heading', { name: 'New report', exact: true }).waitFor();
  const builder = page.getByTestId('report-builder');
  // deals are the default record type
  assert.equal(await builder.getByRole('textbox', { name: 'Record type' }).or(builder.getByLabel('Record type')).first().inputValue(), 'Deals');
  await segment(builder, 'Summary').click();
  await builder.getByRole('button', { name: 'Add a group' }).click();
  await pick(builder, 'Group records by', 'Stage');
  await builder.getByRole('button', { name: 'Add aggregate' }).click();
  await pick(builder, 'Aggregate 2 field', 'Amount');
  await builder.getByRole('button', { name: 'Add filter' }).click();
  await pick(builder, 'Filter 1 field', 'Name');
  await pick(builder, 'Filter 1 condition', 'starts with');
  await builder.getByRole('textbox', { name: 'Value for Name' }).fill(`${prefix} `);
  const preview = page.getByTestId('report-preview');
  const row = (stage) => preview.getByTestId('summary-row').filter({ hasText: stage });
  await row('Qualification').waitFor({ timeout: 30_000 });
  await preview.getByTestId('summary-total').filter({ hasText: '42,500.00' }).waitFor();
  assert.match(await row('Qualification').innerText(), /Qualification\s+2\s+15,000\.00/);
  assert.match(await row('Proposal').innerText(), /Proposal\s+1\s+20,000\.00/);
  await preview.getByTestId('report-chart').waitFor();
  await page.waitForTimeout(600); // let the chart finish its entry animation
  await shot(page, '71-report-builder');
});

test('a wrong value is caught before the backend sees it', async () => {
  const builder = page.getByTestId('report-builder');
  await builder.getByRole('button', { name: 'Add filter' }).click();
  await pick(builder, 'Filter 2 field', 'Amount');
  await builder.getByText('Enter a value.').waitFor();
  await page.getByText('Finish the highlighted settings on the left to see a preview.').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Save as…' }).isDisabled(), true);
  await shot(page, '72-report-builder-invalid');
  await builder.getByRole('button', { name: 'Remove filter 2' }).click();
  await page.getByTestId('report-preview').getByTestId('summary-total').waitFor();
});

test('the report is saved and shared with everyone', async () => {
  await page.getByRole('button', { name: 'Save as…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save as a new report' });
  await dialog.getByRole('button', { name: 'Save report' }).click();
  await dialog.getByText('Enter a name of at most 80 characters.').waitFor(); // checked before it is sent
  await dialog.getByLabel(/^Name/).fill(reportName);
  await dialog.getByLabel('Description').fill('Deals of the reports flow, per stage.');
  await segment(dialog, 'Everyone').click();
  await shot(page, '73-report-save');
  await dialog.getByRole('button', { name: 'Save report' }).click();
  await toast('Report created').waitFor();
  await page.getByRole('heading', { name: reportName, exact: true }).waitFor();
  await page.waitForURL(/#\/reports\/[^/]+$/);
});

/** Moves over the chart along a line just above its baseline until the cursor says a bar is there; returns that point. */
async function findBar(chart) {
  const box = await chart.boundingBox();
  assert.ok(box, 'the chart is on screen');
  for (const above of [40, 60, 90]) {
    const y = box.y + box.height - above;
    for (let x = box.x + 40; x < box.x + box.width - 20; x += 5) {
      await page.mouse.move(x, y);
      const pointer = await chart.evaluate((el) => [...el.querySelectorAll('div')].some((d) => d.style.cursor === 'pointer'));
      if (pointer) return { x, y };
    }
  }
  throw new Error('no bar found on the chart');
}

test('the saved report shows a bar chart over the summary', async () => {
  await page.getByTestId('report-meta').filter({ hasText: '4 records' }).waitFor();
  const chart = page.getByTestId('report-chart');
  await chart.waitFor();
  await page.getByTestId('summary-table').getByTestId('summary-row').first().waitFor();
  assert.deepEqual(
    (await page.getByTestId('summary-row').allInnerTexts()).map((t) => t.split(/\s+/)[0]),
    ['Qualification', 'Proposal', 'Negotiation'],
    'stages in pipeline order',
  );
  await page.waitForTimeout(800); // the bars grow in
  const bar = await findBar(chart);
  await page.waitForTimeout(300); // the tooltip follows the pointer
  await shot(page, '74-report-chart-tooltip');
  await page.mouse.click(bar.x, bar.y);
  const drawer = page.getByRole('dialog', { name: 'Stage: Qualification' });
  await drawer.getByTestId('drilldown').waitFor();
  await drawer.getByText('2 records').waitFor();
  const names = (await drawer.getByTestId('drilldown-row').getByRole('link').allInnerTexts()).sort();
  assert.deepEqual(names, [deals[0].name, deals[1].name]);
  await page.waitForTimeout(400); // let the drawer finish sliding in
  await shot(page, '75-report-drilldown');
  await drawer.getByRole('link', { name: deals[1].name, exact: true }).click();
  await page.getByRole('heading', { name: deals[1].name, exact: true }).waitFor();
  await page.waitForURL(/#\/deals\/[^/]+$/);
  await shot(page, '76-report-drilldown-record');
  await page.goBack();
  await page.getByRole('heading', { name: reportName, exact: true }).waitFor();
});

test('the report goes on a dashboard as a bar chart; a click on a bar lists its deals', async () => {
  await openSection('Dashboards');
  await page.getByRole('button', { name: 'Edit layout' }).click();
  await page.getByRole('button', { name: 'Add widget' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a widget' });
  await pick(dialog, 'Type', 'Bar chart');
  await pick(dialog, 'Report', reportName);
  await dialog.getByRole('button', { name: 'Add widget' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByRole('button', { name: 'Save…' }).click();
  const save = page.getByRole('dialog', { name: /^Save (as your own dashboard|the dashboard)$/ });
  const asNew = save.getByLabel('Save as a new dashboard (keep this one as it is)');
  if (await asNew.isVisible()) await asNew.check();
  await save.getByLabel(/^Name/).fill(`${prefix} board`);
  await save.getByRole('button', { name: 'Save dashboard' }).click();
  await toast('Dashboard created').waitFor();
  const chart = page.getByTestId('dashboard-grid').getByRole('region', { name: reportName, exact: true }).getByTestId('widget-chart');
  await chart.scrollIntoViewIfNeeded();
  await page.waitForTimeout(900); // the bars grow in
  const bar = await findBar(chart);
  await page.mouse.click(bar.x, bar.y);
  const drawer = page.getByRole('dialog', { name: /^Stage: / });
  await drawer.getByTestId('drilldown').waitFor();
  const names = await drawer.getByTestId('drilldown-row').getByRole('link').allInnerTexts();
  assert.ok(names.length >= 1 && names.every((n) => n.startsWith(prefix)), `the bar lists the report's deals: ${names}`);
  await page.waitForTimeout(400);
  await shot(page, '75b-dashboard-report-widget-drilldown');
  await page.keyboard.press('Escape');
  await drawer.waitFor({ state: 'hidden' });
  // back to the report for the next steps
  await openSection('Reports');
  await page.getByTestId('report-row').filter({ hasText: reportName }).getByRole('link', { name: reportName }).or(
    page.getByTestId('report-row').filter({ hasText: reportName })).first().click();
  await page.getByRole('heading', { name: reportName, exact: true }).waitFor();
});

test('a summary line drills down too: the total lists every deal of the report', async () => {
  await page.getByTestId('summary-total').click();
  const drawer = page.getByRole('dialog', { name: 'All records' });
  await drawer.getByText('4 records').waitFor();
  await page.keyboard.press('Escape');
  await drawer.waitFor({ state: 'hidden' });
});

test('the report exports to a password-protected workbook; the toast names the file and rows', async () => {
  await page.getByRole('button', { name: 'Export to Excel' }).click();
  const dialog = page.getByRole('dialog', { name: `Export “${reportName}” to Excel` });
  await dialog.getByLabel('Workbook password (optional)').fill('report password 2026');
  await toastsGone();
  await page.waitForTimeout(300); // let the dialog finish fading in
  await shot(page, '77-report-export');
  await dialog.getByRole('button', { name: 'Choose file and export' }).click();
  const done = toast('Report exported');
  await done.waitFor({ timeout: 60_000 });
  const text = (await done.innerText()).replace(/\s+/g, ' ');
  const saved = /([\d,]+) rows? saved to (.+\.xlsx)\./.exec(text);
  assert.ok(saved, `unexpected toast: ${text}`);
  const dir = process.env.FIELDVAULT_SAVE_DIR;
  if (dir) {
    const path = saved[2].replace(/\s+/g, '');
    assert.ok(path.startsWith(dir), `${path} is not in ${dir}`);
    assert.ok(existsSync(path), `${path} was not written`);
  }
  await dialog.waitFor({ state: 'hidden' });
});

test('the saved report is listed with its owner and sharing; a built-in matrix opens', async () => {
  await openSection('Reports');
  const row = page.getByTestId('report-row').filter({ hasText: reportName });
  await row.getByText('Everyone').waitFor();
  await row.getByText('You', { exact: true }).waitFor();
  await page.getByTestId('report-list').getByRole('link', { name: 'Won and lost deals by month', exact: true }).click();
  await page.getByRole('heading', { name: 'Won and lost deals by month', exact: true }).waitFor();
  // Delta was won today: this month's row holds it
  const matrix = page.getByTestId('matrix-table');
  await matrix.getByTestId('matrix-row').first().waitFor();
  await page.getByTestId('report-chart').waitFor();
  await page.waitForTimeout(800);
  await shot(page, '78-builtin-matrix');
  const won = (await matrix.locator('thead th').allInnerTexts()).findIndex((t) => t.trim() === 'won');
  assert.ok(won > 0, 'a "won" column');
  await matrix.getByTestId('matrix-row').last().locator('td').nth(won).click();
  const drawer = page.getByRole('dialog', { name: /^Closed on: .+ · Outcome: won$/ });
  await drawer.getByRole('link', { name: deals[3].name, exact: true }).waitFor();
  await page.keyboard.press('Escape');
  await drawer.waitFor({ state: 'hidden' });
  await page.getByRole('link', { name: 'All reports' }).click();
  await page.getByTestId('report-list').getByRole('link', { name: 'Pipeline by stage', exact: true }).click();
  await page.getByRole('heading', { name: 'Pipeline by stage', exact: true }).waitFor();
  await page.getByTestId('report-chart').waitFor();
  await page.getByTestId('summary-row').filter({ hasText: 'Qualification' }).waitFor();
});

test('a built-in opens in the builder as a copy; as a table its preview lists the deals', async () => {
  await page.getByRole('button', { name: 'Copy and edit' }).click();
  await page.getByRole('heading', { name: 'New report from “Pipeline by stage”' }).waitFor();
  const builder = page.getByTestId('report-builder');
  const preview = page.getByTestId('report-preview');
  const copiedField = builder.getByRole('textbox', { name: 'Filter 1 field' }).or(builder.getByLabel('Filter 1 field')).first();
  await copiedField.waitFor();
  assert.equal(await copiedField.inputValue(), 'Outcome', 'the built-in\'s condition came along');
  await preview.getByTestId('summary-row').filter({ hasText: 'Qualification' }).waitFor();
  await toastsGone();
  await shot(page, '78b-builder-copy-of-builtin');
  // date fields offer relative periods
  await builder.getByRole('button', { name: 'Add filter' }).click();
  await pick(builder, 'Filter 2 field', 'Expected close');
  await builder.getByRole('textbox', { name: 'Filter 2 condition' }).or(builder.getByLabel('Filter 2 condition')).first().click();
  await page.getByRole('option', { name: 'This quarter', exact: true }).waitFor();
  await page.getByRole('option', { name: 'Last 90 days', exact: true }).scrollIntoViewIfNeeded();
  await page.waitForTimeout(200);
  await shot(page, '78d-builder-date-presets');
  await page.getByRole('option', { name: 'Last 90 days', exact: true }).click();
  await builder.getByRole('spinbutton', { name: 'Number of days' }).or(builder.getByLabel('Number of days')).first().waitFor();
  await preview.getByText('No records match this report').waitFor({ timeout: 30_000 }); // none of the deals has an expected close date
  await builder.getByRole('button', { name: 'Remove filter 2' }).click();
  await preview.getByTestId('summary-row').filter({ hasText: 'Qualification' }).waitFor();
  await segment(builder, 'Table').click();
  const table = preview.getByTestId('report-table');
  await table.getByRole('row', { name: new RegExp(deals[2].name) }).waitFor({ timeout: 30_000 });
  await shot(page, '78c-builder-table-preview');
  await table.getByRole('row', { name: new RegExp(deals[2].name) }).click();
  await page.getByRole('heading', { name: deals[2].name, exact: true }).waitFor();
});

test('the chart follows the dark theme', async () => {
  await openSection('Reports');
  await page.getByTestId('report-list').getByRole('link', { name: 'Pipeline by stage', exact: true }).click();
  await page.getByTestId('report-chart').waitFor();
  await page.evaluate(() => localStorage.setItem('fieldvault-color-scheme', 'dark'));
  await page.reload();
  await page.getByTestId('report-chart').waitFor();
  await page.waitForTimeout(800);
  await shot(page, '79-builtin-pipeline-dark');
  await page.evaluate(() => localStorage.setItem('fieldvault-color-scheme', 'light'));
  await page.reload();
  await page.getByTestId('report-chart').waitFor();
});

/** Runs `$bin ARGS --workspace WS` (the CLI of the running app) as the administrator. */
function cli(args) {
  const env = { ...process.env, FIELDVAULT_PASSWORD: admin.password, FIELDVAULT_NEW_PASSWORD: rep.initial, FIELDVAULT_PASSPHRASE: passphrase };
  return new Promise((resolve, reject) => {
    execFile(process.env.FIELDVAULT_E2E_BIN, [...args, '--workspace', process.env.FIELDVAULT_E2E_WORKSPACE], { env, timeout: 60_000 }, (error, stdout, stderr) => {
      if (error && typeof error.code === 'string') reject(error);
      else resolve({ code: error ? (error.code ?? 1) : 0, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

test('a sales rep sees the reports, but not the ones over amounts, and may neither build nor export', async (t) => {
  if (!process.env.FIELDVAULT_E2E_BIN || !process.env.FIELDVAULT_E2E_WORKSPACE) return t.skip('needs scripts/e2e.sh');
  const add = await cli(['user', 'add', '--name', rep.username, '--display-name', rep.displayName, '--role', 'Sales Representative', '--user', admin.username]);
  assert.ok(add.code === 0 || /taken|exists/i.test(add.stderr), `user add failed (${add.code}): ${add.stderr}`);
  await signOut(page);
  if (add.code === 0) {
    await signIn(page, rep.username, rep.initial);
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    await page.getByLabel('Current (temporary) password').fill(rep.initial);
    await page.getByLabel(/^New password/).fill(rep.chosen);
    await page.getByLabel('Confirm new password').fill(rep.chosen);
    await page.getByRole('button', { name: 'Save and continue' }).click();
  } else {
    await signIn(page, rep.username, rep.chosen); // a re-run against the same workspace
  }
  await page.getByRole('button', { name: `Signed in as ${rep.displayName}` }).waitFor();
  await openSection('Reports');
  const list = page.getByTestId('report-list');
  await list.getByText('Lead conversion by source', { exact: true }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'New report' }).count(), 0, 'no "New report" without reports.manage');
  // amounts are confidential for a rep: the report says so instead of running
  const pipeline = page.getByTestId('report-row').filter({ hasText: 'Pipeline by stage' }).first();
  await pipeline.getByTestId('report-problem').waitFor();
  assert.match(await pipeline.getByTestId('report-problem').innerText(), /^Cannot run: it uses confidential fields/);
  await page.getByTestId('report-row').filter({ hasText: reportName }).getByTestId('report-problem').waitFor();
  await toastsGone();
  await shot(page, '79b-rep-reports');
  await list.getByRole('link', { name: 'Lead conversion by source', exact: true }).click();
  await page.getByRole('heading', { name: 'Lead conversion by source', exact: true }).waitFor();
  await page.getByTestId('report-meta').waitFor();
  await page.getByRole('button', { name: 'Refresh' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Export to Excel' }).count(), 0, 'no export without data.export');
  assert.equal(await page.getByRole('button', { name: /edit/i }).count(), 0, 'no editing without reports.manage');
  await shot(page, '79c-rep-report-viewer');
  await signInAsAdmin(page);
});
