import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { CrmRecord, EntityDef, FieldDef } from '../api/recordsApi';
import type { RecordFormWarning } from '../types/formWarning';
import { RecordForm } from './RecordForm';

const field = (name: string, label: string, type = 'text') =>
  ({ name, label, type, required: false, maxLen: 0, options: [], ref: '', sensitive: false, sortable: false, filterable: false, inList: false, readOnly: false }) as FieldDef;
const contacts = { name: 'contacts', label: 'Contact', labelPlural: 'Contacts', titleField: 'lastName', fields: [field('lastName', 'Last name'), field('email', 'Email', 'email')] } as EntityDef;

function renderForm(warning: RecordFormWarning, record?: CrmRecord) {
  const client = new QueryClient();
  return render(
    <MantineProvider>
      <QueryClientProvider client={client}>
        <RecordForm entity={contacts} record={record} warning={warning} onDone={() => {}} onCancel={() => {}} />
      </QueryClientProvider>
    </MantineProvider>,
  );
}

describe('RecordForm warning slot', () => {
  it('renders the slot with the typed values as RecordInput.values', async () => {
    const warning = vi.fn<RecordFormWarning>((_entity, values) => <p>checking {String(values.email ?? '')}</p>);
    renderForm(warning);
    await userEvent.type(screen.getByLabelText('Email'), 'ann@x.io');
    expect(screen.getByText('checking ann@x.io')).toBeInTheDocument();
    expect(warning).toHaveBeenLastCalledWith('contacts', { email: 'ann@x.io' }, undefined);
  });

  it('passes the id of the record being edited', () => {
    const warning = vi.fn<RecordFormWarning>(() => null);
    renderForm(warning, { id: 'c1', title: 'Lee', values: { lastName: 'Lee' }, masked: [] } as unknown as CrmRecord);
    expect(warning).toHaveBeenLastCalledWith('contacts', { lastName: 'Lee' }, 'c1');
  });
});
