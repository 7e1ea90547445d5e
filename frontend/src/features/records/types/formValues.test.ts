import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../api/recordsApi';
import { MASK } from './fieldSchema';
import { emptyFormValue, toApiValue, toFormValue, toFormValues } from './formValues';

const refs = { name: 'contactIds', type: 'refs', ref: 'contacts', label: 'Contacts', options: [] } as unknown as FieldDef;

describe('refs form values', () => {
  it('is an empty list when unset', () => {
    expect(emptyFormValue(refs)).toEqual([]);
    expect(toFormValue(refs, null)).toEqual([]);
    expect(toFormValues([refs]).contactIds).toEqual([]);
  });
  it('loads the stored ids, hidden ones included, in order', () => {
    expect(toFormValues([refs], { values: { contactIds: ['c2', 'hidden1', 'c1'] }, masked: [] }).contactIds).toEqual(['c2', 'hidden1', 'c1']);
  });
  it('ignores a malformed stored value', () => {
    expect(toFormValue(refs, 'c1')).toEqual([]);
    expect(toFormValue(refs, ['c1', 3, '', 'c1'])).toEqual(['c1']);
  });
  it('keeps a masked value masked', () => {
    expect(toFormValue(refs, MASK)).toBe(MASK);
  });
  it('sends the whole list of ids', () => {
    expect(toApiValue(refs, ['c1', 'hidden1'])).toEqual(['c1', 'hidden1']);
    expect(toApiValue(refs, ['c1', '', 'c1'])).toEqual(['c1']);
    expect(toApiValue(refs, undefined)).toEqual([]);
  });
});
