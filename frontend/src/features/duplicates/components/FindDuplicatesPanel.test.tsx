import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { duplicateKeys } from '../api/duplicateKeys';
import type { DuplicateScanner } from '../hooks/useDuplicateScan';
import { renderDuplicates } from '../test/renderDuplicates';
import type { DuplicateScan } from '../types/duplicateTypes';
import { FindDuplicatesPanel } from './FindDuplicatesPanel';

const scanner: DuplicateScanner = {
  start: vi.fn(), running: null, cancel: vi.fn(), cancelling: false,
  progress: { done: 0, total: 0, percent: null, reset: vi.fn() },
};
const scan: DuplicateScan = {
  entity: 'contacts', records: 1200, durationMs: 1500, groupCount: 1,
  groups: [{ score: 0.93, reason: 'name:phonetic', records: [{ id: 'a', title: 'Ann Lee', subtitle: 'ann@x.io' }, { id: 'b', title: 'Anne Lee', subtitle: '' }] }],
};

describe('FindDuplicatesPanel', () => {
  it('lists the last scan: summary, groups, reason, Review & merge', async () => {
    const { client } = renderDuplicates(<FindDuplicatesPanel entity="contacts" scanner={scanner} canScan canMerge />);
    client.setQueryData(duplicateKeys.scan('contacts'), scan);
    expect(await screen.findByTestId('scan-summary')).toHaveTextContent('1,200 records checked in 1.5 s, 1 group');
    expect(screen.getByRole('listitem', { name: 'Ann Lee / Anne Lee' })).toHaveTextContent('Similar name (93%)');
    expect(screen.getByRole('button', { name: 'Review & merge' })).toBeEnabled();
  });

  it('offers no merge without the permission', async () => {
    const { client } = renderDuplicates(<FindDuplicatesPanel entity="contacts" scanner={scanner} canScan canMerge={false} />);
    client.setQueryData(duplicateKeys.scan('contacts'), scan);
    expect(await screen.findByRole('button', { name: 'Review & merge' })).toBeDisabled();
  });

  it('says what to do before the first scan', () => {
    renderDuplicates(<FindDuplicatesPanel entity="leads" scanner={scanner} canScan canMerge />);
    expect(screen.getByText('Find duplicate leads')).toBeInTheDocument();
  });

  it('shows the progress bar and Cancel while scanning', () => {
    renderDuplicates(<FindDuplicatesPanel entity="contacts" scanner={{ ...scanner, running: 'contacts', progress: { ...scanner.progress, done: 1, total: 4, percent: 25 } }} canScan canMerge />);
    expect(screen.getByText('Checking contacts… 25%')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeInTheDocument();
  });

  it('has a no-permission state', () => {
    renderDuplicates(<FindDuplicatesPanel entity="companies" scanner={scanner} canScan={false} canMerge={false} />);
    expect(screen.getByTestId('duplicates-no-access')).toHaveTextContent('You cannot look for duplicate companies');
  });
});
