// Dashboards and scheduled reports through the real Go backend: the
// administrator creates a few deals, opens Dashboards and sees the default
// dashboard's widgets, changes the date range, creates a deal in another
// window and sees the "Open deals" KPI follow without a reload
// (records:changed), drills into the pipeline funnel, edits the layout (adds
// a bar widget from a built-in report, resizes and moves it), saves it as a
// dashboard of their own (a second save under the same name is refused and
// the form says why), exports it to Excel, adds a KPI target; then saves a
// report, schedules it into a folder, runs it now, reads its run history, and
// sees a run into a folder that has gone fail with its error.
//
// It may meet a brand-new workspace (FIELDVAULT_E2E_ONLY=dashboards) or one
// the other flows filled: its records and names carry a prefix no other flow
// uses, and every count it checks is relative.
// scripts/e2e.sh sets FIELDVAULT_SAVE_DIR, so the save dialog answers by
// itself; schedules write into folders under it.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { baseURL, openApp, shot } from './browser.mjs';
import { nav, signInAsAdmin } from './flows.mjs';

const prefix = 'Dsh5';
const today = new Date().toISOString().slice(0, 10);
const deals = [
  { name: `${prefix} Atlas`, stage: 'Qualification', amount: '12000', outcome: 'open' },
  { name: `${prefix} Borealis`, stage: 'Proposal', amount: '8000', outcome: 'open' },
  { name: `${prefix} Cirrus`, stage: 'Proposal', amount: '4500', outcome: 'open' },
  { name: `${prefix} Dorado`, stage: 'Negotiation', amount: '15000', outcome: 'won', closedAt: today },
];
const openDeals = deals.filter((d) => d.outcome === 'open').length;
const liveDeal = { name: `${prefix} Live update`, stage: 'Qualification', amount: '1000', outcome: 'open' };
const boardName = `${prefix} sales board`;
const reportName = `${prefix} pipeline report`;
const saveDir = process.env.FIELDVAULT_SAVE_DIR ?? tmpdir();
const folder = join(saveDir, `${prefix.toLowerCase()}-schedules`);
const goneFolder = join(saveDir, `${prefix.toLowerCase()}-gone`);
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
  const owner = typeof scope.page === 'function' ? scope.page() : scope;
  await owner.getByRole('option', { name: option, exact: true }).first().click();
};
const toast = (text) => page.locator('.mantine-Notification-root').filter({ hasText: text });
const toastsGone = () => page.locator('.mantine-Notification-root').first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => {});
const grid = () => page.getByTestId('dashboard-grid');
const widget = (title) => grid().getByRole('region', { name: title, exact: true });
const kpiValue = async (title) => Number((await widget(title).getByTestId('kpi-value').innerText()).replace(/[^\d.-]/g, ''));

/** Creates a deal in the Deals section of `p` (any window of the app). */
async function createDeal(p, deal) {
  await nav(p).getByText('Deals', { exact: true }).click();
  await p.getByRole('heading', { name: 'Deals', exact: true }).waitFor();
  await p.getByRole('button', { name: 'New deal' }).first().click();
  const form = p.getByRole('dialog', { name: 'New deal' });
  await form.getByLabel(/^Name/).fill(deal.name);
  await pick(form, 'Stage', deal.stage);
  await form.getByLabel('Amount', { exact: true }).fill(deal.amount);
  await pick(form, 'Outcome', deal.outcome);
  if (deal.closedAt) await form.getByLabel('Closed on', { exact: true }).fill(deal.closedAt);
  await form.getByRole('button', { name: 'Create deal' }).click();
  await p.getByRole('heading', { name: deal.name, exact: true }).waitFor();
}

/** Moves over a chart until the cursor says an item (bar, slice, stage) is under it; returns that point. */
async function findItem(chart) {
  const box = await chart.boundingBox();
  assert.ok(box, 'the chart is on screen');
  for (let y = box.y + 40; y < box.y + box.height - 8; y += 8) {
    for (let x = box.x + box.width * 0.3; x < box.x + box.width * 0.7; x += 12) {
      await page.mouse.move(x, y);
      const pointer = await chart.evaluate((el) => [...el.querySelectorAll('div')].some((d) => d.style.cursor === 'pointer'));
      if (pointer) return { x, y };
    }
  }
  throw new Error('no chart item found');
}

test('four deals for the dashboard to show', async () => {
  await signInAsAdmin(page);
  for (const deal of deals) await createDeal(page, deal);
});

test("Dashboards opens the role's default dashboard with its widgets", async () => {
  await openSection('Dashboards');
  await page.getByRole('combobox', { name: 'Dashboard' }).waitFor();
  assert.match(await page.getByRole('combobox', { name: 'Dashboard' }).inputValue(), /^Administrator dashboard$/);
  for (const title of ['Open deals', 'Won revenue this month', 'Pipeline by stage', 'Won and lost deals by month']) await widget(title).waitFor();
  await widget('Open deals').getByTestId('kpi-value').waitFor();
  assert.ok((await kpiValue('Open deals')) >= openDeals, 'the open deals are counted');
  await widget('Pipeline by stage').getByTestId('widget-chart').waitFor();
  await toastsGone();
  await page.waitForTimeout(900); // let the charts finish their entry animation
  await shot(page, '80-dashboard-default');
});

test('the date range applies to every widget and lands in the URL', async () => {
  await page.getByRole('combobox', { name: 'Date range' }).click();
  await page.getByRole('option', { name: 'Last 30 days', exact: true }).waitFor();
  await page.waitForTimeout(200);
  await shot(page, '81-dashboard-date-ranges');
  await page.getByRole('option', { name: 'Last 30 days', exact: true }).click();
  await page.waitForURL(/[?&]range=last30Days/);
  await widget('Open deals').getByTestId('kpi-value').waitFor();
  // a custom range asks for both days before it applies
  await pick(page, 'Date range', 'Custom dates…');
  await page.getByLabel('First day').fill('2026-01-01');
  await page.getByText('Enter the last day.').waitFor();
  await page.getByLabel('Last day').fill(new Date().toISOString().slice(0, 10));
  await page.waitForURL(/[?&]range=custom&from=2026-01-01&to=\d{4}-\d{2}-\d{2}/);
  await pick(page, 'Date range', 'Last 30 days');
  await page.waitForURL(/[?&]range=last30Days$/);
});

test('a deal created in another window updates the KPI without a reload', async () => {
  await page.evaluate(() => {
    window.__fvNoReload = 'still the same page';
  });
  const before = await kpiValue('Open deals');
  const other = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  other.setDefaultTimeout(20_000);
  try {
    await other.goto(`${baseURL}#/deals`);
    await createDeal(other, liveDeal);
  } finally {
    await other.close();
  }
  await page
    .waitForFunction(
      (want) => {
        const tile = [...document.querySelectorAll('section[aria-label="Open deals"] [data-testid="kpi-value"]')][0];
        return tile && Number(tile.textContent.replace(/[^\d.-]/g, '')) === want;
      },
      before + 1,
      { timeout: 15_000 },
    )
    .catch(() => {});
  assert.equal(await kpiValue('Open deals'), before + 1, 'the KPI follows the new deal');
  assert.equal(await page.evaluate(() => window.__fvNoReload), 'still the same page', 'the page must not reload');
  await page.waitForTimeout(600);
  await shot(page, '82-dashboard-live-update');
});

test('a click on a funnel stage lists its deals, each linking to its page', async () => {
  await pick(page, 'Date range', "Each widget's own period");
  const chart = widget('Pipeline by stage').getByTestId('widget-chart');
  await chart.waitFor();
  await page.waitForTimeout(900);
  const at = await findItem(chart);
  await page.mouse.click(at.x, at.y);
  const drawer = page.getByRole('dialog', { name: /^Stage: / });
  await drawer.getByTestId('drilldown').waitFor();
  assert.ok((await drawer.getByTestId('drilldown-row').count()) >= 1, 'the stage lists its deals');
  await page.waitForTimeout(400);
  await shot(page, '83-dashboard-drilldown');
  await page.keyboard.press('Escape');
  await drawer.waitFor({ state: 'hidden' });
});

test('the layout editor adds a bar widget from a built-in report, resizes and moves it, and saves a copy', async () => {
  await page.getByRole('button', { name: 'Edit layout' }).click();
  await page.getByText('Editing the layout of').waitFor();
  const before = await page.getByTestId('editable-widget').count();
  await page.getByRole('button', { name: 'Add widget' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a widget' });
  await pick(dialog, 'Type', 'Bar chart');
  await pick(dialog, 'Report', 'Sales performance by owner');
  assert.equal(await dialog.getByLabel(/^Title/).inputValue(), 'Sales performance by owner', 'the title follows the report');
  await shot(page, '84-dashboard-add-widget');
  await dialog.getByRole('button', { name: 'Add widget' }).click();
  await dialog.waitFor({ state: 'hidden' });
  const added = page.getByTestId('editable-widget').filter({ has: page.getByRole('heading', { name: 'Sales performance by owner' }) });
  await added.waitFor();
  assert.equal(await page.getByTestId('editable-widget').count(), before + 1);
  await page.getByRole('button', { name: 'Make “Sales performance by owner” wider' }).click();
  await added.getByText('W 7').waitFor();
  await page.getByRole('button', { name: 'Move “Sales performance by owner” earlier' }).click();
  await page.mouse.move(5, 5); // no tooltip over the shot
  await added.evaluate((el) => el.scrollIntoView({ block: 'center' })); // below the sticky editor bar
  await page.waitForTimeout(300);
  await shot(page, '85-dashboard-layout-editor');

  await page.getByRole('button', { name: 'Save…' }).click();
  const save = page.getByRole('dialog', { name: 'Save as your own dashboard' });
  await save.getByLabel(/^Name/).fill(boardName);
  await save.getByRole('button', { name: 'Save dashboard' }).click();
  await toast('Dashboard created').waitFor();
  await page.waitForURL(/[?&]d=[^&]+/);
  await widget('Sales performance by owner').waitFor();
  assert.equal(await page.getByRole('combobox', { name: 'Dashboard' }).inputValue(), boardName);
  assert.equal(await page.getByRole('button', { name: 'Edit layout' }).isVisible(), true, 'back in view mode');
});

test('saving a second dashboard under the same name is refused on the name field', async () => {
  await page.getByRole('button', { name: 'Edit layout' }).click();
  await page.getByRole('button', { name: 'Save…' }).click();
  const save = page.getByRole('dialog', { name: 'Save the dashboard' });
  await save.getByLabel('Save as a new dashboard (keep this one as it is)').check();
  await save.getByRole('button', { name: 'Save dashboard' }).click();
  await save.locator('input[aria-invalid="true"]').first().waitFor();
  await toastsGone();
  await shot(page, '86-dashboard-save-conflict');
  await save.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await page.getByRole('button', { name: 'Edit layout' }).waitFor();
});

test('the dashboard exports to a password-protected workbook', async () => {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Export “${boardName}” to Excel` });
  await dialog.getByLabel('Workbook password (optional)').fill('dashboard password 2026');
  await dialog.getByRole('button', { name: 'Choose file and export' }).click();
  const done = toast('Dashboard exported');
  await done.waitFor({ timeout: 60_000 });
  const text = (await done.innerText()).replace(/\s+/g, ' ');
  const saved = /([\d,]+) rows? saved to (.+\.xlsx)\./.exec(text);
  assert.ok(saved, `unexpected toast: ${text}`);
  if (process.env.FIELDVAULT_SAVE_DIR) {
    // The toast may wrap the path anywhere: compare without white space.
    const squash = (t) => t.replace(/\s+/g, '');
    const written = readdirSync(saveDir).map((f) => join(saveDir, f)).find((f) => squash(f) === squash(saved[2]));
    assert.ok(written && existsSync(written), `${saved[2]} was not written into ${saveDir}`);
  }
  await dialog.waitFor({ state: 'hidden' });
});

test('a KPI target is added and listed with its progress', async () => {
  await page.getByRole('button', { name: 'Targets' }).click();
  const dialog = page.getByRole('dialog', { name: 'KPI targets' });
  await dialog.getByRole('button', { name: 'Add target' }).click();
  await dialog.getByLabel(/^Name/).fill(`${prefix} open deals`);
  await pick(dialog, 'Report', 'Pipeline by stage');
  await dialog.getByLabel(/^Target/).fill('50');
  await dialog.getByRole('button', { name: 'Add target' }).click();
  const row = dialog.getByTestId('targets-table').getByRole('row').filter({ hasText: `${prefix} open deals` });
  await row.waitFor();
  await row.getByRole('progressbar').waitFor();
  await page.waitForTimeout(300);
  await shot(page, '87-dashboard-targets');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
});

test('a saved report to schedule (a copy of a built-in)', async () => {
  await openSection('Reports');
  await page.getByTestId('report-list').getByRole('link', { name: 'Pipeline by stage', exact: true }).click();
  await page.getByRole('button', { name: 'Copy and edit' }).click();
  await page.getByTestId('report-preview').getByTestId('summary-row').first().waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Save as…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save as a new report' });
  await dialog.getByLabel(/^Name/).fill(reportName);
  await dialog.getByRole('button', { name: 'Save report' }).click();
  await page.getByRole('heading', { name: reportName, exact: true }).waitFor();
});

test('the report is scheduled weekly into a folder and listed', async () => {
  mkdirSync(folder, { recursive: true });
  await openSection('Dashboards');
  await page.getByRole('link', { name: 'Scheduled reports' }).click();
  await page.getByRole('heading', { name: 'Scheduled reports', exact: true }).waitFor();
  await page.waitForURL(/#\/reports\/schedules/);
  await page.getByRole('button', { name: 'New schedule' }).click();
  const dialog = page.getByRole('dialog', { name: 'Schedule a report' });
  await pick(dialog, 'Report', reportName);
  await pick(dialog, 'On', 'Friday');
  await dialog.getByLabel('At').fill('17:30');
  await dialog.getByLabel('Folder').fill('Reports');
  await dialog.getByRole('button', { name: 'Schedule report' }).click();
  await dialog.getByText('Enter a full path').waitFor(); // checked before it is sent
  await dialog.getByLabel('Folder').fill(folder);
  const preview = dialog.getByTestId('next-run-preview');
  await preview.getByText(/^Every Friday at 17:30 · next on Fri, /).waitFor();
  await toastsGone();
  await shot(page, '88-schedule-form');
  await dialog.getByRole('button', { name: 'Schedule report' }).click();
  await toast('Report scheduled').waitFor();
  const row = page.getByTestId('schedule-row').filter({ hasText: reportName });
  await row.getByText('Every Friday at 17:30').waitFor();
  await row.getByText('Not run yet').waitFor();
});

test('Run now writes the file; the badge and the run history say so', async () => {
  const row = page.getByTestId('schedule-row').filter({ hasText: reportName }).first();
  await row.getByRole('button', { name: 'Run now' }).click();
  await toast('Report written').waitFor({ timeout: 60_000 });
  await row.locator('[data-status="ok"]').waitFor();
  assert.ok(readdirSync(folder).some((f) => f.startsWith(reportName) && f.endsWith('.xlsx')), 'the workbook is in the folder');
  await row.getByRole('button', { name: `More actions for ${reportName}` }).click();
  await page.getByRole('menuitem', { name: 'Run history' }).click();
  await page.waitForURL(/[?&]history=/);
  const drawer = page.getByRole('dialog', { name: /Run history/ });
  await drawer.getByTestId('run-row').first().waitFor();
  await drawer.getByText('Run now', { exact: true }).first().waitFor();
  await page.waitForTimeout(400);
  await shot(page, '89-schedule-history');
  await page.keyboard.press('Escape');
  await drawer.waitFor({ state: 'hidden' });
});

test('a run into a folder that has gone fails, with its error on the list', async () => {
  mkdirSync(goneFolder, { recursive: true });
  await page.getByRole('button', { name: 'New schedule' }).click();
  const dialog = page.getByRole('dialog', { name: 'Schedule a report' });
  await pick(dialog, 'Report', reportName);
  await dialog.getByText('Daily', { exact: true }).click();
  await dialog.getByLabel('Folder').fill(goneFolder);
  await dialog.getByRole('button', { name: 'Schedule report' }).click();
  await toast('Report scheduled').waitFor();
  await dialog.waitFor({ state: 'hidden' });
  rmSync(goneFolder, { recursive: true, force: true });
  const row = page.getByTestId('schedule-row').filter({ hasText: 'Every day at 08:00' }).filter({ hasText: reportName }).first();
  await row.getByRole('button', { name: 'Run now' }).click();
  await toast('The run failed').waitFor({ timeout: 60_000 });
  await row.locator('[data-status="failed"]').waitFor();
  await row.getByTestId('last-run-error').waitFor();
  assert.equal(await page.locator('.fv-schedule-failed').count(), 0, 'Run now reports its own failure once');
  await page.waitForTimeout(300);
  await shot(page, '89b-schedule-failed');
});
