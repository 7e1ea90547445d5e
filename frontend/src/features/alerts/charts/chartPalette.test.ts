import { DEFAULT_THEME, mergeMantineTheme } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { theme } from '@/lib/theme';
import { chartPalette } from './chartPalette';

describe('chartPalette', () => {
  const full = mergeMantineTheme(DEFAULT_THEME, theme);
  const light = chartPalette(full, 'light');
  const dark = chartPalette(full, 'dark');

  it('gives concrete colors for every slot', () => {
    for (const palette of [light, dark]) {
      const colors = [palette.text, palette.dimmed, palette.grid, palette.surface, palette.border, palette.failed, ...Object.values(palette.severity), ...palette.series];
      for (const color of colors) expect(color).toMatch(/^#([0-9a-f]{3}){1,2}$/i);
    }
  });
  it('follows the scheme: light text on dark, dark text on light', () => {
    expect(light.text).not.toBe(dark.text);
    expect(light.surface).toBe(full.white);
    expect(dark.surface).toBe(full.colors.dark[7]);
  });
  it('uses the primary blue for the first categorical series', () => {
    expect(light.series[0]).toBe(full.colors.vault[6]);
  });
});
