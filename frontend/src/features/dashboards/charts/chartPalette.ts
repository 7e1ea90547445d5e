import type { MantineTheme } from '@mantine/core';

/** Concrete colors for widget charts, from the Mantine theme for the current scheme. */
export type ChartPalette = {
  text: string;
  dimmed: string;
  grid: string;
  surface: string;
  border: string;
  /** Categorical series colors, primary first. */
  series: string[];
};

export function chartPalette(theme: MantineTheme, scheme: 'light' | 'dark'): ChartPalette {
  const dark = scheme === 'dark';
  const shade = dark ? 5 : 6;
  const pick = (color: string) => theme.colors[color]?.[shade] ?? color;
  return {
    text: dark ? theme.colors.dark[0] : theme.colors.gray[9],
    dimmed: dark ? theme.colors.dark[2] : theme.colors.gray[6],
    grid: dark ? theme.colors.dark[4] : theme.colors.gray[3],
    surface: dark ? theme.colors.dark[7] : theme.white,
    border: dark ? theme.colors.dark[4] : theme.colors.gray[3],
    series: ['vault', 'teal', 'orange', 'grape', 'cyan', 'pink', 'lime', 'indigo', 'yellow', 'red'].map(pick),
  };
}

/** A fixed palette for tests. */
export const TEST_PALETTE: ChartPalette = {
  text: '#111',
  dimmed: '#777',
  grid: '#ddd',
  surface: '#fff',
  border: '#ccc',
  series: ['#1', '#2', '#3', '#4'],
};
