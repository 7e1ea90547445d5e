import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { checkDuplicates } from '../api/duplicatesApi';
import { renderDuplicates } from '../test/renderDuplicates';
import { DuplicateWarning } from './DuplicateWarning';

vi.mock('../api/duplicatesApi', () => ({ checkDuplicates: vi.fn() }));
const check = vi.mocked(checkDuplicates);

beforeEach(() => {
  check.mockReset();
  check.mockResolvedValue([{ id: 'c 2', title: 'Ann Lee', subtitle: 'ann@x.io', score: 1, reason: 'email' }]);
});

describe('DuplicateWarning', () => {
  it('checks once typing pauses and links to the likely duplicates', async () => {
    renderDuplicates(<DuplicateWarning entity="contacts" values={{ lastName: 'Lee', email: 'ann@x.io', title: 'CEO' }} recordId="c1" />);
    const link = await screen.findByRole('link', { name: /Ann Lee/ });
    expect(link).toHaveAttribute('href', '/contacts/c%202');
    expect(screen.getByText('This may be a duplicate of:')).toBeInTheDocument();
    expect(screen.getByText('Same email')).toBeInTheDocument();
    expect(check).toHaveBeenCalledTimes(1);
    expect(check).toHaveBeenCalledWith('contacts', { lastName: 'Lee', email: 'ann@x.io' }, 'c1');
  });

  it('does not check entities without rules or forms with nothing to match yet', async () => {
    renderDuplicates(
      <>
        <DuplicateWarning entity="deals" values={{ name: 'Big deal' }} />
        <DuplicateWarning entity="contacts" values={{ firstName: 'Ann' }} />
      </>,
    );
    await new Promise((r) => setTimeout(r, 600));
    expect(check).not.toHaveBeenCalled();
    expect(screen.queryByTestId('duplicate-warning')).toBeNull();
  });

  it('shows nothing when no record matches', async () => {
    check.mockResolvedValue([]);
    renderDuplicates(<DuplicateWarning entity="leads" values={{ email: 'new@x.io' }} />);
    await waitFor(() => expect(check).toHaveBeenCalled());
    expect(screen.queryByTestId('duplicate-warning')).toBeNull();
  });
});
