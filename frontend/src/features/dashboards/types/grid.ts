import type { Widget } from './dashboardTypes';

/*
 * The dashboard grid, mirroring the backend's rules (service/dashboard_save.go
 * checkWidgets): 12 columns, 0 <= x, x + w <= 12, 1 <= w, 1 <= h <= 24,
 * 0 <= y, y + h <= 200, no two widgets overlap, at most 24 widgets, ids of
 * 1..40 letters, digits, - or _, unique. The backend re-checks everything.
 *
 * The layout editor keeps widgets in reading order and packs them (see
 * packLayout): moving, resizing, adding and removing never produce an
 * overlap, so the only layouts that can fail are ones loaded as they are.
 */

export const GRID_COLUMNS = 12;
export const MAX_GRID_ROWS = 200;
export const MAX_WIDGET_H = 24;
export const MAX_WIDGETS = 24;
export const WIDGET_ID_PATTERN = /^[A-Za-z0-9_-]{1,40}$/;

export type Rect = { x: number; y: number; w: number; h: number };

/** Whether two rectangles share at least one cell (the backend's test). */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/**
 * Every layout problem, keyed as the backend names fields ("widgets",
 * "widgets[2].w", "widgets[3].y" for an overlap…), with the backend's
 * wording. Checked in the backend's order; one message per widget.
 */
export function layoutErrors(widgets: readonly Widget[]): Record<string, string> {
  const errors: Record<string, string> = {};
  if (widgets.length > MAX_WIDGETS) errors.widgets = `A dashboard holds at most ${MAX_WIDGETS} widgets.`;
  const seen = new Set<string>();
  widgets.forEach((w, i) => {
    const p = `widgets[${i}]`;
    const problem = widgetProblem(w, seen);
    seen.add(w.id);
    if (problem) {
      errors[`${p}.${problem.part}`] = problem.message;
      return;
    }
    for (let j = 0; j < i; j += 1) {
      if (overlaps(w, widgets[j])) {
        errors[`${p}.y`] = `The widget overlaps widgets[${j}].`;
        return;
      }
    }
  });
  return errors;
}

function widgetProblem(w: Widget, seen: ReadonlySet<string>): { part: string; message: string } | null {
  if (!WIDGET_ID_PATTERN.test(w.id)) return { part: 'id', message: 'A widget id is 1 to 40 letters, digits, - or _.' };
  if (seen.has(w.id)) return { part: 'id', message: 'Two widgets have the same id.' };
  const title = w.title.trim();
  if (title.length === 0 || [...title].length > 80) return { part: 'title', message: 'Enter a name of 1 to 80 characters.' };
  if (!Number.isInteger(w.x) || w.x < 0 || w.x >= GRID_COLUMNS) return { part: 'x', message: 'x is a column from 0 to 11.' };
  if (!Number.isInteger(w.w) || w.w < 1 || w.x + w.w > GRID_COLUMNS) return { part: 'w', message: 'The widget must fit the 12 columns.' };
  if (!Number.isInteger(w.y) || w.y < 0 || w.y >= MAX_GRID_ROWS) return { part: 'y', message: 'y is a row from 0 to 199.' };
  if (!Number.isInteger(w.h) || w.h < 1 || w.h > MAX_WIDGET_H || w.y + w.h > MAX_GRID_ROWS) {
    return { part: 'h', message: 'A widget is 1 to 24 rows high.' };
  }
  return null;
}

/** The widget index a backend field key names ("widgets[3].report" → 3), else null. */
export function widgetIndexOf(field: string): number | null {
  const m = /^widgets\[(\d+)\]/.exec(field);
  return m ? Number(m[1]) : null;
}

/** Widgets sorted top to bottom, then left to right (a stable copy). */
export function readingOrder<T extends Rect>(widgets: readonly T[]): T[] {
  return [...widgets].sort((a, b) => a.y - b.y || a.x - b.x);
}

/** The number of grid rows the widgets take (at least 1). */
export function gridRows(widgets: readonly Rect[]): number {
  return Math.max(1, ...widgets.map((w) => w.y + w.h));
}

/**
 * Places the widgets in the given order: each at the first free cell, in
 * reading order, that is not before the previous widget's cell. The order
 * is kept (a later widget never lands above-left of an earlier one) while
 * the space beside a tall widget is still used. Sizes are clamped to the
 * grid; ids, titles and sources are untouched.
 */
export function packLayout<T extends Rect>(widgets: readonly T[]): T[] {
  const placed: T[] = [];
  let cursor = { x: 0, y: 0 };
  for (const widget of widgets) {
    const w = clamp(widget.w, 1, GRID_COLUMNS);
    const h = clamp(widget.h, 1, MAX_WIDGET_H);
    const at = firstFree(placed, w, h, cursor);
    placed.push({ ...widget, x: at.x, y: at.y, w, h });
    cursor = at;
  }
  return placed;
}

function firstFree(placed: readonly Rect[], w: number, h: number, from: { x: number; y: number }): { x: number; y: number } {
  for (let y = from.y; y + h <= MAX_GRID_ROWS; y += 1) {
    for (let x = y === from.y ? from.x : 0; x + w <= GRID_COLUMNS; x += 1) {
      const rect = { x, y, w, h };
      if (!placed.some((p) => overlaps(p, rect))) return { x, y };
    }
  }
  // Only reachable past 200 rows (more than 24 widgets of 24 rows cannot fit): the validation reports it.
  return { x: 0, y: gridRows(placed) };
}

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(n)));

/** Moves a widget one place earlier (-1) or later (+1) in reading order and packs; the same list when it cannot move. */
export function moveWidget<T extends Rect & { id: string }>(widgets: readonly T[], id: string, step: -1 | 1): T[] {
  const order = readingOrder(widgets);
  const from = order.findIndex((w) => w.id === id);
  const to = from + step;
  if (from < 0 || to < 0 || to >= order.length) return [...widgets];
  const next = [...order];
  [next[from], next[to]] = [next[to], next[from]];
  return packLayout(next);
}

/** Moves a widget to where `targetId` is (drag and drop) and packs: the target and what follows shift by one. */
export function moveWidgetTo<T extends Rect & { id: string }>(widgets: readonly T[], id: string, targetId: string): T[] {
  const order = readingOrder(widgets);
  const from = order.findIndex((w) => w.id === id);
  const to = order.findIndex((w) => w.id === targetId);
  if (from < 0 || to < 0 || from === to) return [...widgets];
  const next = [...order];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved);
  return packLayout(next);
}

/** Changes a widget's width and height by dw, dh (clamped to 1..12 × 1..24) and packs. */
export function resizeWidget<T extends Rect & { id: string }>(widgets: readonly T[], id: string, dw: number, dh: number): T[] {
  const order = readingOrder(widgets).map((w) =>
    w.id === id ? { ...w, w: clamp(w.w + dw, 1, GRID_COLUMNS), h: clamp(w.h + dh, 1, MAX_WIDGET_H) } : w,
  );
  return packLayout(order);
}

/** Whether a widget can grow or shrink by dw, dh. */
export function canResize(widget: Rect, dw: number, dh: number): boolean {
  const w = widget.w + dw;
  const h = widget.h + dh;
  return w >= 1 && w <= GRID_COLUMNS && h >= 1 && h <= MAX_WIDGET_H;
}

/** Appends a widget after the others and packs; the list unchanged beyond MAX_WIDGETS. */
export function addWidget<T extends Rect & { id: string }>(widgets: readonly T[], widget: T): T[] {
  if (widgets.length >= MAX_WIDGETS) return [...widgets];
  return packLayout([...readingOrder(widgets), widget]);
}

/** Removes a widget and packs the rest. */
export function removeWidget<T extends Rect & { id: string }>(widgets: readonly T[], id: string): T[] {
  return packLayout(readingOrder(widgets).filter((w) => w.id !== id));
}

/** Replaces a widget (same id) keeping its place; packs when its size changed. */
export function replaceWidget<T extends Rect & { id: string }>(widgets: readonly T[], widget: T): T[] {
  const order = readingOrder(widgets).map((w) => (w.id === widget.id ? { ...widget, x: w.x, y: w.y } : w));
  return packLayout(order);
}

/** The size a new widget of `type` gets: KPIs 3 × 2, tables 12 × 4, charts 6 × 4 (as the backend's defaults). */
export function defaultSize(type: string): { w: number; h: number } {
  if (type === 'kpi') return { w: 3, h: 2 };
  if (type === 'table') return { w: 12, h: 4 };
  return { w: 6, h: 4 };
}

/** A widget id of the backend's pattern from a title, unique among `taken`: "won-deals", "won-deals-2". */
export function newWidgetId(title: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base =
    title
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 32) || 'widget';
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const id = `${base}-${n}`;
    if (!used.has(id)) return id;
  }
}

/** The CSS grid placement of a rectangle (1-based lines). */
export function gridArea(rect: Rect): { gridColumn: string; gridRow: string } {
  return { gridColumn: `${rect.x + 1} / span ${rect.w}`, gridRow: `${rect.y + 1} / span ${rect.h}` };
}
