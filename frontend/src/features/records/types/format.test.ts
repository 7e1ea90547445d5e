import { describe, expect, it } from 'vitest';
import { formatPlain } from './format';
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
