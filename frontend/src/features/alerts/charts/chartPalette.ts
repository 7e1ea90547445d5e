import type { MantineTheme } from '@mantine/core';
import type { Severity } from '../types/alertMeta';

/** Concrete colors the chart builders use, taken from the Mantine theme for the current scheme. */
export type ChartPalette = {
  text: string;
  dimmed: string;
  grid: string;
  surface: string;
  border: string;
  severity: Record<Severity, string>;
  /** The failed sign-ins line. */
  failed: string;
  /** Colors for categorical series (rules). */
  series: string[];
};

/** The chart palette for `scheme`: the same hues as the severity badges, shades tuned for light or dark. */
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
    severity: { low: pick('blue'), medium: pick('yellow'), high: pick('orange'), critical: pick('red') },
    failed: pick('red'),
    series: ['vault', 'teal', 'grape', 'orange', 'cyan', 'pink', 'lime', 'indigo', 'yellow', 'red'].map(pick),
  };
}
