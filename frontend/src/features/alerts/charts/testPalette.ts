import type { ChartPalette } from './chartPalette';

/** A fixed palette for the chart builder tests. */
export const testPalette: ChartPalette = {
  text: '#111',
  dimmed: '#777',
  grid: '#ddd',
  surface: '#fff',
  border: '#ccc',
  severity: { low: '#00f', medium: '#ff0', high: '#f80', critical: '#f00' },
  failed: '#e00',
  series: ['#1', '#2', '#3'],
};
