/** Delimiters a CSV file may be read with (importfile: , ; tab |). */
export const DELIMITER_OPTIONS = [
  { value: ',', label: 'Comma (,)' },
  { value: ';', label: 'Semicolon (;)' },
  { value: '\t', label: 'Tab' },
  { value: '|', label: 'Pipe (|)' },
] as const;

/** Text encodings a CSV file may be read as (importfile.Encoding*). */
export const ENCODING_OPTIONS = [
  { value: 'utf-8', label: 'UTF-8' },
  { value: 'utf-8-bom', label: 'UTF-8 with BOM' },
  { value: 'utf-16le', label: 'UTF-16 LE' },
  { value: 'utf-16be', label: 'UTF-16 BE' },
  { value: 'windows-1252', label: 'Windows-1252 (Western European)' },
] as const;

export function delimiterLabel(value: string): string {
  return DELIMITER_OPTIONS.find((o) => o.value === value)?.label ?? (value ? `“${value}”` : 'Unknown');
}

export function encodingLabel(value: string): string {
  return ENCODING_OPTIONS.find((o) => o.value === value)?.label ?? (value || 'Unknown');
}

export function formatLabel(format: string): string {
  if (format === 'xlsx') return 'Excel workbook';
  if (format === 'csv') return 'CSV';
  return format.toUpperCase();
}

/** "512 bytes", "12.4 KB", "3.1 MB". */
export function formatBytes(size: number): string {
  if (!Number.isFinite(size) || size < 1024) return `${Math.max(0, Math.round(size || 0)).toLocaleString('en-US')} bytes`;
  const units = ['KB', 'MB', 'GB'];
  let value = size / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/** Up to `count` different non-empty values of a column in the sample. */
export function sampleValues(sample: readonly (readonly string[])[], column: number, count = 3): string[] {
  const out: string[] = [];
  for (const row of sample) {
    const value = (row[column] ?? '').trim();
    if (value && !out.includes(value)) out.push(value);
    if (out.length === count) break;
  }
  return out;
}

/** The suggested name of a row-by-row report: "contacts problems.xlsx" for "contacts.csv". */
export function reportFileName(fileName: string): string {
  const base = fileName.replace(/\.[^./\\]+$/, '').trim() || 'import';
  return `${base} problems.xlsx`;
}

/** The open dialog's choices: both kinds, then each. */
export const IMPORT_FILE_FILTERS = [
  { displayName: 'CSV or Excel (*.csv, *.xlsx)', pattern: '*.csv;*.xlsx' },
  { displayName: 'CSV (*.csv)', pattern: '*.csv' },
  { displayName: 'Excel workbook (*.xlsx)', pattern: '*.xlsx' },
];
