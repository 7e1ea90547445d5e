import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDate, formatDateTime, formatMoney, formatNumber, formatPlain } from './format';
import { HIDDEN_RECORD } from './refTitles';

describe('formatPlain (timeline before/after)', () => {
  it('joins the titles of a refs change, hidden records as the backend named them', () => {
    expect(formatPlain(['Ana Ruiz', HIDDEN_RECORD, 'Bo Chen'])).toBe(`Ana Ruiz, ${HIDDEN_RECORD}, Bo Chen`);
  });
  it('shows an empty list or nothing as a dash', () => {
    expect(formatPlain([])).toBe('—');
    expect(formatPlain(null)).toBe('—');
  });
});

describe('cached formatters', () => {
  afterEach(() => vi.restoreAllMocks());

  it('format exactly as toLocaleString with the same options', () => {
    const at = '2025-03-04T05:06:07.891Z';
    expect(formatDateTime(at)).toBe(
      new Date(at).toLocaleString(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }),
    );
    expect(formatDate('2025-03-04')).toBe(new Date(2025, 2, 4).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' }));
    expect(formatNumber(1234567.5)).toBe((1234567.5).toLocaleString());
    expect(formatMoney(1234.567, 'EUR')).toBe(
      new Intl.NumberFormat(undefined, { style: 'currency', currency: 'EUR', maximumFractionDigits: 2 }).format(1234.567),
    );
    expect(formatMoney(1234.567)).toBe((1234.567).toLocaleString(undefined, { maximumFractionDigits: 2 }));
  });

  it('leave values they cannot read unchanged', () => {
    expect(formatDateTime('')).toBe('');
    expect(formatDateTime('not a date')).toBe('not a date');
    expect(formatDate('2025-3-4')).toBe('2025-3-4');
    expect(formatMoney(5, 'not a code')).toBe('5 not a code');
  });

  it('build each formatter once, however many values they format', async () => {
    let dates = 0;
    let numbers = 0;
    class CountingDateTimeFormat extends Intl.DateTimeFormat {
      constructor(...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
        super(...args);
        dates++;
      }
    }
    class CountingNumberFormat extends Intl.NumberFormat {
      constructor(...args: ConstructorParameters<typeof Intl.NumberFormat>) {
        super(...args);
        numbers++;
      }
    }
    vi.stubGlobal('Intl', Object.assign(Object.create(Intl), { DateTimeFormat: CountingDateTimeFormat, NumberFormat: CountingNumberFormat }));
    vi.resetModules();
    try {
      const fresh = await import('./format');
      for (let i = 0; i < 500; i++) {
        fresh.formatDateTime(`2024-01-${String((i % 28) + 1).padStart(2, '0')}T10:${String(i % 60).padStart(2, '0')}:00Z`);
        fresh.formatDate(`2023-02-${String((i % 28) + 1).padStart(2, '0')}`);
        fresh.formatMoney(i, i % 2 ? 'USD' : 'EUR');
        fresh.formatMoney(i);
        fresh.formatNumber(i);
      }
      expect(dates).toBe(2); // date, date-time
      expect(numbers).toBe(4); // USD, EUR, plain amount, number
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('cache results: the same value formats to the same string without a new Date', () => {
    const at = '2022-07-08T09:10:11Z';
    const first = formatDateTime(at);
    const made = vi.spyOn(globalThis, 'Date');
    expect(formatDateTime(at)).toBe(first);
    expect(made).not.toHaveBeenCalled();
  });
});
