import { describe, expect, it } from 'vitest';
import { kpiView } from './kpi';

describe('kpiView', () => {
  it('shows a money value with its target and progress', () => {
    const v = kpiView({ value: 42_500, kind: 'money', target: 50_000, percent: 85 });
    expect(v).toMatchObject({ value: '42.5K', exact: '42,500.00', target: '50,000.00', percent: 85, ring: 85, color: 'vault', change: null });
  });
  it('caps the ring and turns teal once reached', () => {
    expect(kpiView({ value: 12, kind: 'number', target: 10, percent: 120 })).toMatchObject({ ring: 100, color: 'teal', value: '12' });
  });
  it('is orange below half way and gray without a target', () => {
    expect(kpiView({ value: 1, kind: 'number', target: 10, percent: 10 }).color).toBe('orange');
    expect(kpiView({ value: 1, kind: 'number', percent: null })).toMatchObject({ color: 'gray', target: null, percent: null });
  });
  it('compares with the previous period', () => {
    expect(kpiView({ value: 15, kind: 'number', percent: null, previous: 10 })).toMatchObject({ change: '+50% vs previous period', changeUp: true });
    expect(kpiView({ value: 5, kind: 'number', percent: null, previous: 10 })).toMatchObject({ change: '−50% vs previous period', changeUp: false });
  });
  it('reads an empty value as a dash and a percent with its sign', () => {
    expect(kpiView({ value: null, kind: 'money', percent: null }).value).toBe('—');
    expect(kpiView({ value: 37.5, kind: 'percent', percent: null }).value).toBe('37.5%');
  });
});
