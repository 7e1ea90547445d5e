import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { CrmRecord, FieldDef } from '../api/recordsApi';
import { HIDDEN_RECORD } from '../types/refTitles';
import { RecordCell } from './RecordCell';

const field = { name: 'contactIds', label: 'Contacts', type: 'refs', ref: 'contacts' } as FieldDef;
const record = {
  id: 'd1', values: { contactIds: ['c1', 'secret-id', 'c2'] }, masked: [], refs: {},
  refTitles: { c1: 'Ana Ruiz', c2: 'Bo Chen' },
} as unknown as CrmRecord;

const renderCell = (wrap: boolean) =>
  render(
    <MantineProvider>
      <MemoryRouter>
        <RecordCell field={field} record={record} wrap={wrap} />
      </MemoryRouter>
    </MantineProvider>,
  );

describe('RecordCell of a refs field', () => {
  it('lists titles on one line in a list', () => {
    renderCell(false);
    expect(screen.getByText(`Ana Ruiz, ${HIDDEN_RECORD}, Bo Chen`)).toBeInTheDocument();
  });
  it('links each readable record on the detail page; hidden ones are plain text', () => {
    renderCell(true);
    expect(screen.getByRole('link', { name: 'Ana Ruiz' })).toHaveAttribute('href', '/contacts/c1');
    expect(screen.getByRole('link', { name: 'Bo Chen' })).toHaveAttribute('href', '/contacts/c2');
    expect(screen.getByText(HIDDEN_RECORD).closest('a')).toBeNull();
    expect(document.body.textContent).not.toContain('secret-id');
  });
});
