const UNITS = ['KB', 'MB', 'GB', 'TB'] as const;

/**
 * A file size for people: "512 bytes", "1 byte", "1.5 KB", "12 MB", "2.31 GB"
 * (1 KB = 1,024 bytes, as file managers on Windows show it; three significant digits).
 */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  if (bytes < 1024) return bytes === 1 ? '1 byte' : `${Math.round(bytes)} bytes`;
  let value = bytes;
  let unit: (typeof UNITS)[number] = UNITS[0];
  for (const next of UNITS) {
    value /= 1024;
    unit = next;
    if (value < 1024 || next === UNITS[UNITS.length - 1]) break;
  }
  if (value >= 999.5 && unit !== 'TB') {
    // 1023.9 KB rounds to "1,024 KB": say "1 MB" instead.
    value /= 1024;
    unit = UNITS[UNITS.indexOf(unit) + 1];
  }
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${Number(value.toFixed(digits)).toLocaleString('en-US')} ${unit}`;
}

/** "12,912,640 bytes": the exact count. */
export function exactBytes(bytes: number): string {
  return `${bytes.toLocaleString('en-US')} ${bytes === 1 ? 'byte' : 'bytes'}`;
}
