import { describe, expect, it } from 'vitest';
import type { Widget } from './dashboardTypes';
import {
  addWidget,
  canResize,
  gridArea,
  gridRows,
  layoutErrors,
  moveWidget,
  moveWidgetTo,
  newWidgetId,
  packLayout,
  readingOrder,
  removeWidget,
  resizeWidget,
  widgetIndexOf,
} from './grid';

const w = (id: string, x: number, y: number, width: number, h: number, type = 'bar'): Widget => ({ id, type, title: id, x, y, w: width, h, report: 'builtin:x', options: {} });
const places = (ws: readonly Widget[]) => ws.map((v) => `${v.id}@${v.x},${v.y} ${v.w}x${v.h}`);

/** The admin default dashboard as the backend packs it: four KPIs, then charts two by two. */
const admin = [
  w('k1', 0, 0, 3, 2, 'kpi'), w('k2', 3, 0, 3, 2, 'kpi'), w('k3', 6, 0, 3, 2, 'kpi'), w('k4', 9, 0, 3, 2, 'kpi'),
  w('c1', 0, 2, 6, 4), w('c2', 6, 2, 6, 4), w('c3', 0, 6, 6, 4),
];

describe('layoutErrors mirrors the backend rules', () => {
  it.each([
    ['a valid layout', admin, {}],
    ['x past the grid', [w('a', 12, 0, 1, 1)], { 'widgets[0].x': 'x is a column from 0 to 11.' }],
    ['x + w > 12', [w('a', 8, 0, 5, 1)], { 'widgets[0].w': 'The widget must fit the 12 columns.' }],
    ['w of 0', [w('a', 0, 0, 0, 1)], { 'widgets[0].w': 'The widget must fit the 12 columns.' }],
    ['negative y', [w('a', 0, -1, 1, 1)], { 'widgets[0].y': 'y is a row from 0 to 199.' }],
    ['h over 24', [w('a', 0, 0, 1, 25)], { 'widgets[0].h': 'A widget is 1 to 24 rows high.' }],
    ['y + h over 200', [w('a', 0, 190, 1, 11)], { 'widgets[0].h': 'A widget is 1 to 24 rows high.' }],
    ['an overlap names the earlier widget', [w('a', 0, 0, 6, 4), w('b', 5, 3, 2, 2)], { 'widgets[1].y': 'The widget overlaps widgets[0].' }],
    ['touching edges do not overlap', [w('a', 0, 0, 6, 4), w('b', 6, 0, 6, 4), w('c', 0, 4, 12, 1)], {}],
    ['a duplicate id', [w('a', 0, 0, 1, 1), w('a', 1, 0, 1, 1)], { 'widgets[1].id': 'Two widgets have the same id.' }],
    ['a bad id', [w('a b', 0, 0, 1, 1)], { 'widgets[0].id': 'A widget id is 1 to 40 letters, digits, - or _.' }],
    ['an empty title', [{ ...w('a', 0, 0, 1, 1), title: '  ' }], { 'widgets[0].title': 'Enter a name of 1 to 80 characters.' }],
  ])('%s', (_name, widgets, want) => {
    expect(layoutErrors(widgets)).toEqual(want);
  });

  it('refuses more than 24 widgets', () => {
    const many = Array.from({ length: 25 }, (_, i) => w(`w${i}`, (i % 12), Math.floor(i / 12), 1, 1));
    expect(layoutErrors(many).widgets).toBe('A dashboard holds at most 24 widgets.');
    expect(layoutErrors(many.slice(0, 24))).toEqual({});
  });

  it('reads the widget index of a backend field', () => {
    expect(widgetIndexOf('widgets[3].report')).toBe(3);
    expect(widgetIndexOf('widgets')).toBeNull();
    expect(widgetIndexOf('name')).toBeNull();
  });
});

describe('packLayout', () => {
  it('keeps a tidy layout as it is', () => {
    expect(places(packLayout(admin))).toEqual(places(admin));
  });

  it('fills the space beside a tall widget, keeping reading order', () => {
    const packed = packLayout([w('chart', 0, 0, 6, 4), w('k1', 0, 0, 3, 2, 'kpi'), w('k2', 0, 0, 3, 2, 'kpi'), w('k3', 0, 0, 3, 2, 'kpi'), w('k4', 0, 0, 3, 2, 'kpi'), w('t', 0, 0, 12, 4, 'table')]);
    expect(places(packed)).toEqual(['chart@0,0 6x4', 'k1@6,0 3x2', 'k2@9,0 3x2', 'k3@6,2 3x2', 'k4@9,2 3x2', 't@0,4 12x4']);
    expect(layoutErrors(packed)).toEqual({});
  });

  it('never puts a later widget above-left of an earlier one', () => {
    const packed = packLayout([w('a', 0, 0, 12, 2), w('b', 0, 0, 6, 2), w('c', 0, 0, 3, 2)]);
    expect(places(packed)).toEqual(['a@0,0 12x2', 'b@0,2 6x2', 'c@6,2 3x2']);
  });

  it('clamps sizes to the grid', () => {
    expect(places(packLayout([w('a', 0, 0, 20, 40)]))).toEqual(['a@0,0 12x24']);
  });
});

describe('editing', () => {
  it('moves a widget earlier or later by swapping with its neighbour', () => {
    expect(readingOrder(moveWidget(admin, 'k2', -1)).map((v) => v.id)).toEqual(['k2', 'k1', 'k3', 'k4', 'c1', 'c2', 'c3']);
    expect(readingOrder(moveWidget(admin, 'k4', 1)).map((v) => v.id)).toEqual(['k1', 'k2', 'k3', 'c1', 'k4', 'c2', 'c3']);
    expect(places(moveWidget(admin, 'k1', -1))).toEqual(places(admin)); // already first
  });

  it('moving a KPI after a chart packs it beside the chart', () => {
    const moved = moveWidget(admin, 'k4', 1);
    expect(places(moved)).toContain('k4@6,2 3x2');
    expect(places(moved)).toContain('c2@6,4 6x4'); // below the KPI, beside the chart
    expect(layoutErrors(moved)).toEqual({});
  });

  it('drops a dragged widget at the target’s place', () => {
    const dropped = moveWidgetTo(admin, 'c3', 'k1');
    expect(readingOrder(dropped).map((v) => v.id)).toEqual(['c3', 'k1', 'k2', 'k3', 'k4', 'c1', 'c2']);
    expect(layoutErrors(dropped)).toEqual({});
  });

  it('resizes within 1..12 × 1..24 and re-packs without overlaps', () => {
    const wider = resizeWidget(admin, 'c1', 6, 0);
    expect(places(wider)).toContain('c1@0,2 12x4');
    expect(places(wider)).toContain('c2@0,6 6x4');
    expect(layoutErrors(wider)).toEqual({});
    expect(canResize(w('a', 0, 0, 12, 24), 1, 0)).toBe(false);
    expect(canResize(w('a', 0, 0, 12, 24), 0, 1)).toBe(false);
    expect(canResize(w('a', 0, 0, 1, 1), -1, 0)).toBe(false);
    expect(canResize(w('a', 0, 0, 1, 1), 1, 1)).toBe(true);
  });

  it('adds after the others, up to 24 widgets, and removes with a re-pack', () => {
    const added = addWidget(admin, w('new', 0, 0, 6, 4));
    expect(places(added)).toContain('new@6,6 6x4');
    const full = Array.from({ length: 24 }, (_, i) => w(`w${i}`, i % 12, Math.floor(i / 12), 1, 1));
    expect(addWidget(full, w('x', 0, 0, 1, 1))).toHaveLength(24);
    const removed = removeWidget(admin, 'c1');
    expect(places(removed)).toEqual(['k1@0,0 3x2', 'k2@3,0 3x2', 'k3@6,0 3x2', 'k4@9,0 3x2', 'c2@0,2 6x4', 'c3@6,2 6x4']);
  });

  it('makes unique ids of the backend pattern', () => {
    expect(newWidgetId('Won deals this month', [])).toBe('won-deals-this-month');
    expect(newWidgetId('Won deals', ['won-deals', 'won-deals-2'])).toBe('won-deals-3');
    expect(newWidgetId('€€€', [])).toBe('widget');
    expect(newWidgetId('x'.repeat(60), []).length).toBeLessThanOrEqual(40);
  });

  it('places cells on CSS grid lines', () => {
    expect(gridArea({ x: 3, y: 2, w: 6, h: 4 })).toEqual({ gridColumn: '4 / span 6', gridRow: '3 / span 4' });
    expect(gridRows(admin)).toBe(10);
    expect(gridRows([])).toBe(1);
  });
});
