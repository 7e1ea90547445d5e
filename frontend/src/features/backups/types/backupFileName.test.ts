import { describe, expect, it } from 'vitest';
import { backupFileName, isoDay } from './backupFileName';

const MAY_1 = new Date(2026, 4, 1, 23, 59);

describe('backupFileName', () => {
  it.each([
    ['a plain name', 'Acme', 'Acme-2026-05-01-2359.age'],
    ['spaces become dashes', 'Northwind Field Sales', 'Northwind-Field-Sales-2026-05-01-2359.age'],
    ['markup and slashes are dropped', 'Northwind <b>Field</b> Sales', 'Northwind-b-Field-b-Sales-2026-05-01-2359.age'],
    ['Windows-reserved characters', 'Sales: "East"/West | 2*?', 'Sales-East-West-2-2026-05-01-2359.age'],
    ['control characters', 'Sales\tTeam\n', 'Sales-Team-2026-05-01-2359.age'],
    ['leading dots cannot hide the file', '..hidden', 'hidden-2026-05-01-2359.age'],
    ['accents stay', 'Müller & Søn', 'Müller-&-Søn-2026-05-01-2359.age'],
    ['nothing usable left', ' / ', 'workspace-2026-05-01-2359.age'],
    ['empty name', '', 'workspace-2026-05-01-2359.age'],
  ])('%s', (_name, workspace, want) => {
    expect(backupFileName(workspace, MAY_1)).toBe(want);
  });

  it('clips a long name to 60 characters (code points) before the date', () => {
    const name = backupFileName('🙂'.repeat(100), MAY_1);
    expect([...name.replace('-2026-05-01-2359.age', '')]).toHaveLength(60);
  });

  it('does not end the name part with a dash after clipping', () => {
    expect(backupFileName(`${'a'.repeat(59)} b`, MAY_1)).toBe(`${'a'.repeat(59)}-2026-05-01-2359.age`);
  });
});

describe('isoDay', () => {
  it('is the local calendar day, zero-padded', () => {
    expect(isoDay(new Date(2026, 0, 9, 0, 0))).toBe('2026-01-09');
    expect(isoDay(MAY_1)).toBe('2026-05-01');
  });
});
