import { describe, expect, it } from 'vitest';
import { companyFields, contactFields } from '../test/entityFixtures';
import {
  columnName,
  duplicateWarnings,
  fieldsUsedTwice,
  mappingFromSuggested,
  missingRequired,
  requiredMessage,
  setColumnField,
  toRequestMapping,
} from './mappingState';
import { mappingTargets } from './mappingTargets';

const contactTargets = mappingTargets('contacts', contactFields);
const companyTargets = mappingTargets('companies', companyFields);
const header = ['First name', 'Last name', 'E-mail', 'Notes'];
const suggested = [
  { column: 0, header: 'First name', field: 'firstName', suggested: true },
  { column: 1, header: 'Last name', field: 'lastName', suggested: true },
  { column: 2, header: 'E-mail', field: 'email', suggested: true },
  { column: 3, header: 'Notes', field: '', suggested: false },
];

describe('mappingFromSuggested', () => {
  it('takes the suggested field per column', () => {
    expect(mappingFromSuggested(header, suggested, contactTargets)).toEqual(['firstName', 'lastName', 'email', '']);
  });
  it('drops fields the entity does not offer and columns outside the header', () => {
    const odd = [{ column: 0, header: 'x', field: 'stageId', suggested: true }, { column: 9, header: 'y', field: 'email', suggested: true }];
    expect(mappingFromSuggested(['x'], odd, contactTargets)).toEqual(['']);
  });
});

describe('fields used twice', () => {
  const mapping = setColumnField(['firstName', 'lastName', 'email', ''], 3, 'email');
  it('setColumnField changes one column only', () => {
    expect(mapping).toEqual(['firstName', 'lastName', 'email', 'email']);
  });
  it('finds the field and both columns', () => {
    expect([...fieldsUsedTwice(mapping)]).toEqual([['email', [2, 3]]]);
    expect(fieldsUsedTwice(['a', 'b', '', ''])).toEqual(new Map());
  });
  it('warns on each clashing column, naming the other', () => {
    expect(duplicateWarnings(mapping, header)).toEqual({
      2: 'Also chosen for “Notes”: each field takes one column.',
      3: 'Also chosen for “E-mail”: each field takes one column.',
    });
  });
  it('ignores columns that are not imported', () => {
    expect(duplicateWarnings(['', '', 'email', ''], header)).toEqual({});
  });
});

describe('missingRequired', () => {
  const cases = [
    { name: 'contacts: last name mapped', entity: 'contacts', mode: 'create', mapping: ['lastName'], want: [] },
    { name: 'contacts: full name stands in for last name', entity: 'contacts', mode: 'upsert', mapping: ['fullName', 'email'], want: [] },
    { name: 'contacts: no name at all', entity: 'contacts', mode: 'create', mapping: ['firstName', 'email'], want: ['lastName'] },
    { name: 'contacts: update creates nothing', entity: 'contacts', mode: 'update', mapping: ['email'], want: [] },
    { name: 'companies need a name', entity: 'companies', mode: 'create', mapping: ['domain'], want: ['name'] },
    { name: 'companies with a name', entity: 'companies', mode: 'upsert', mapping: ['name', 'domain'], want: [] },
  ] as const;
  it.each(cases)('$name', ({ entity, mode, mapping, want }) => {
    const targets = entity === 'contacts' ? contactTargets : companyTargets;
    expect(missingRequired(entity, mode, mapping, targets).map((t) => t.value)).toEqual(want);
  });
  it('says what to map', () => {
    const last = contactTargets.find((t) => t.value === 'lastName')!;
    expect(requiredMessage('contacts', last)).toBe('Map a column to Last name or Full name: new records need it.');
    const name = companyTargets.find((t) => t.value === 'name')!;
    expect(requiredMessage('companies', name)).toBe('Map a column to Name: new records need it.');
  });
});

describe('toRequestMapping', () => {
  it('sends every column with its header, marking unchanged suggestions', () => {
    expect(toRequestMapping(['firstName', 'title', '', ''], header, suggested)).toEqual([
      { column: 0, header: 'First name', field: 'firstName', suggested: true },
      { column: 1, header: 'Last name', field: 'title', suggested: false },
      { column: 2, header: 'E-mail', field: '', suggested: false },
      { column: 3, header: 'Notes', field: '', suggested: false },
    ]);
  });
});

describe('columnName', () => {
  it.each([[0, 'A'], [25, 'Z'], [26, 'AA'], [27, 'AB'], [701, 'ZZ'], [702, 'AAA']])('%i → %s', (i, want) => {
    expect(columnName(i)).toBe(want);
  });
});
