import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fetchMergePreview, mergeRecords } from '../api/duplicatesApi';
import { fetchEntityDefs, fetchRecord } from '../api/recordsRead';
import { renderDuplicates } from '../test/renderDuplicates';
import type { EntityDef, FieldDef, MergeRecord } from '../types/duplicateTypes';
import { MergeView } from './MergeView';

vi.mock('../api/duplicatesApi', () => ({ mergeRecords: vi.fn(), undoMerge: vi.fn(), fetchMergePreview: vi.fn() }));
vi.mock('../api/recordsRead', () => ({ fetchEntityDefs: vi.fn(), fetchRecord: vi.fn() }));

const field = (name: string, label: string, type = 'text', extra: Partial<FieldDef> = {}) =>
  ({ name, label, type, required: false, maxLen: 0, options: [], ref: '', sensitive: false, sortable: false, filterable: true, inList: false, readOnly: false, ...extra }) as FieldDef;
const contacts = {
  name: 'contacts', label: 'Contact', labelPlural: 'Contacts', titleField: 'lastName',
  fields: [field('lastName', 'Last name'), field('email', 'Email', 'email'), field('phone', 'Phone', 'phone'), field('address', 'Address')],
} as EntityDef;
const activities = {
  name: 'activities', label: 'Activity', labelPlural: 'Activities', titleField: 'subject',
  fields: [field('relatedEntity', 'Related to', 'enum', { options: ['contacts'] }), field('relatedId', 'Related record', 'ref')],
} as EntityDef;
const records: Record<string, MergeRecord> = {
  a: { id: 'a', title: 'Ann Lee', values: { lastName: 'Lee', email: 'ann@x.io', phone: '' }, masked: [], refs: {}, refTitles: {}, ownerName: 'Ana', createdAt: '2025-03-04T10:00:00Z', updatedAt: '2025-03-05T10:00:00Z' },
  b: { id: 'b', title: 'Ann Lee', values: { lastName: 'Lee', email: 'ann.lee@x.io', phone: '+1 555 0100' }, masked: [], refs: {}, refTitles: {}, ownerName: 'Ana', createdAt: '2025-03-04T10:00:00Z', updatedAt: '2025-03-05T10:00:00Z' },
};

beforeEach(() => {
  vi.mocked(fetchEntityDefs).mockResolvedValue([contacts, activities]);
  vi.mocked(fetchRecord).mockImplementation(async (_e, id) => records[id]);
  // b has three activities, one of them someone else's; a has none
  vi.mocked(fetchMergePreview).mockImplementation(async (_e, _survivor, other) =>
    other === 'b' ? [{ label: 'Activity', labelPlural: 'Activities', total: 3, readable: 2 }] : [],
  );
  vi.mocked(mergeRecords).mockReset().mockResolvedValue({ id: 'm1', moved: 3, survivorId: 'a', survivorTitle: 'Ann Lee' });
});

describe('MergeView', () => {
  it('compares the records, defaults each value, and merges the chosen ones', async () => {
    const onMerged = vi.fn();
    renderDuplicates(<MergeView entity="contacts" leftId="a" rightId="b" onCancel={() => {}} onMerged={onMerged} />);
    const summary = await screen.findByTestId('merge-summary');
    await waitFor(() => expect(summary).toHaveTextContent('Ann Lee (2) goes to the Trash; its 3 activities move to Ann Lee (1).'));
    expect(summary).toHaveTextContent('You cannot open 1 of them');
    expect(fetchMergePreview).toHaveBeenCalledWith('contacts', 'a', 'b');
    expect(summary).toHaveTextContent('Ann Lee (1) takes Phone from Ann Lee (2).');
    // identical values are shown once; empty-in-both fields are counted, not shown
    expect(screen.getByText('1 field is empty in both records and not shown.')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Email: ann@x.io (Ann Lee (1))' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Phone: +1 555 0100 (Ann Lee (2))' })).toBeChecked();

    await userEvent.click(screen.getByRole('radio', { name: 'Email: ann.lee@x.io (Ann Lee (2))' }));
    await userEvent.click(screen.getByRole('button', { name: 'Merge' }));
    await waitFor(() => expect(onMerged).toHaveBeenCalledWith('b'));
    expect(mergeRecords).toHaveBeenCalledWith({ entity: 'contacts', survivor: 'a', other: 'b', values: { email: 'ann.lee@x.io', phone: '+1 555 0100' } });
  });

  it('"Keep this record" swaps the survivor', async () => {
    renderDuplicates(<MergeView entity="contacts" leftId="a" rightId="b" onCancel={() => {}} onMerged={() => {}} />);
    await userEvent.click(await screen.findByRole('switch', { name: 'Keep Ann Lee (2)' }));
    const summary = screen.getByTestId('merge-summary');
    await waitFor(() => expect(summary).toHaveTextContent('Ann Lee (1) goes to the Trash; nothing links to it.'));
    expect(summary).toHaveTextContent('Ann Lee (2) keeps all of its values.');
    await userEvent.click(screen.getByRole('button', { name: 'Merge' }));
    await waitFor(() => expect(mergeRecords).toHaveBeenCalledWith({ entity: 'contacts', survivor: 'b', other: 'a', values: {} }));
  });
});
