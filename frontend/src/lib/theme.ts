import { createTheme, localStorageColorSchemeManager, type MantineColorsTuple } from '@mantine/core';

/** A calm blue that reads well in both schemes. */
const vault: MantineColorsTuple = [
  '#ebf3ff',
  '#d6e3fa',
  '#abc4f0',
  '#7ea4e7',
  '#5888df',
  '#4077db',
  '#326dd9',
  '#245cc1',
  '#1b51ae',
  '#05459a',
];

export const theme = createTheme({
  primaryColor: 'vault',
  primaryShade: { light: 6, dark: 5 },
  colors: { vault },
  defaultRadius: 'md',
  fontFamily:
    'Inter, "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif',
  fontFamilyMonospace: '"JetBrains Mono", "Cascadia Mono", "DejaVu Sans Mono", Menlo, Consolas, monospace',
  headings: { fontWeight: '650' },
  cursorType: 'pointer',
});

export const COLOR_SCHEME_STORAGE_KEY = 'fieldvault-color-scheme';

export const colorSchemeManager = localStorageColorSchemeManager({ key: COLOR_SCHEME_STORAGE_KEY });
