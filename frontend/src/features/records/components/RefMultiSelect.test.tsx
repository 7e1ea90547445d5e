import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { lookupRecords, type SearchHit } from '../api/recordsApi';
import { HIDDEN_RECORD } from '../types/refTitles';
import { RefMultiSelect } from './RefMultiSelect';

vi.mock('../api/recordsApi', () => ({ lookupRecords: vi.fn(), fetchUserOptions: vi.fn(), fetchTeamOptions: vi.fn() }));

function renderPicker(value: string[], onChange = vi.fn()) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <MantineProvider>
      <QueryClientProvider client={client}>
        <RefMultiSelect label="Contacts" entity="contacts" value={value} titles={{ c1: 'Ana Ruiz' }} onChange={onChange} />
      </QueryClientProvider>
    </MantineProvider>,
  );
  return onChange;
}

describe('RefMultiSelect', () => {
  beforeEach(() => {
    vi.clearAllMocks();
    vi.mocked(lookupRecords).mockResolvedValue([{ entity: 'contacts', id: 'c2', title: 'Bo Chen', subtitle: 'Acme' } as SearchHit]);
  });

  it('shows linked records by title and unreadable ones as hidden, never by id', () => {
    renderPicker(['c1', 'secret-id']);
    expect(screen.getByText('Ana Ruiz')).toBeInTheDocument();
    expect(screen.getByText(HIDDEN_RECORD)).toBeInTheDocument();
    expect(screen.queryByText('secret-id')).not.toBeInTheDocument();
  });

  it('adds a looked-up record and keeps the hidden id in the value', async () => {
    const onChange = renderPicker(['c1', 'secret-id']);
    await userEvent.type(screen.getByRole('combobox', { name: 'Contacts' }), 'Bo');
    await waitFor(() => expect(lookupRecords).toHaveBeenCalledWith('contacts', 'Bo', 20));
    await userEvent.click(await screen.findByText('Bo Chen'));
    expect(onChange).toHaveBeenLastCalledWith(['c1', 'secret-id', 'c2']);
  });

  it('stops looking up at 20 records', () => {
    renderPicker(Array.from({ length: 20 }, (_, i) => `c${i}`));
    expect(screen.getByText(/At most 20 records/)).toBeInTheDocument();
    expect(lookupRecords).not.toHaveBeenCalled();
  });
});
