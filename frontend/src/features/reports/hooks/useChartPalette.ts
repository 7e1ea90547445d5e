import { useComputedColorScheme, useMantineTheme } from '@mantine/core';
import { useMemo } from 'react';
import { chartPalette, type ChartPalette } from '../charts/chartPalette';

/** The chart colors for the current light/dark scheme; a new object only when the scheme changes. */
export function useChartPalette(): ChartPalette {
  const theme = useMantineTheme();
  const scheme = useComputedColorScheme('light');
  return useMemo(() => chartPalette(theme, scheme), [theme, scheme]);
}
