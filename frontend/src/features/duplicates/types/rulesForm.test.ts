import { describe, expect, it } from 'vitest';
import { allRulesOff, rulesSchema, toRulesInput, toRulesValues, type RulesValues } from './rulesForm';

const valid: RulesValues = { email: true, phone: true, domain: false, fuzzy: true, threshold: 0.9, block: ['company', 'phonetic'], defaultRegion: 'US' };
const errors = (values: unknown) => {
  const result = rulesSchema.safeParse(values);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('rulesSchema', () => {
  it('accepts valid rules', () => expect(errors(valid)).toEqual({}));

  it.each([
    [{ threshold: 0.79 }, 'threshold'],
    [{ threshold: 1 }, 'threshold'],
    [{ block: ['company', 'company'] }, 'block'],
    [{ block: ['city'] }, 'block.0'],
    [{ block: [] }, 'block'],
    [{ defaultRegion: 'JP' }, 'defaultRegion'],
  ])('rejects %o on %s', (patch, path) => {
    expect(errors({ ...valid, ...patch })).toHaveProperty([path]);
  });

  it('allows no blocks while similar names are off', () => {
    expect(errors({ ...valid, fuzzy: false, block: [] })).toEqual({});
  });
});

describe('toRulesValues / toRulesInput', () => {
  it('fills defaults and rounds the threshold onto the slider grid', () => {
    const values = toRulesValues({ ...valid, entity: 'contacts', threshold: 0, defaultRegion: '', custom: false });
    expect(values.threshold).toBe(0.9);
    expect(values.defaultRegion).toBe('US');
    expect(toRulesInput('contacts', { ...valid, threshold: 0.8700000001, block: ['phonetic', 'company'] })).toEqual({
      ...valid, entity: 'contacts', threshold: 0.87, block: ['company', 'phonetic'],
    });
  });
});

describe('allRulesOff', () => {
  const off = { email: false, phone: false, domain: true, fuzzy: false };
  it('counts the domain rule for companies only', () => {
    expect(allRulesOff(off, 'contacts')).toBe(true);
    expect(allRulesOff(off, 'companies')).toBe(false);
    expect(allRulesOff({ ...off, email: true }, 'contacts')).toBe(false);
  });
});
