import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AppError } from '@/lib/appError';
import { AccountActionModal, type AccountAction, type AccountActionCopy } from './AccountActionModal';

const COPY: AccountActionCopy = {
  disable: { confirm: 'Disable thing', body: 'It stops.' },
  enable: { confirm: 'Enable thing', body: 'It starts.' },
  delete: { confirm: 'Delete thing', body: 'It goes.' },
};

/** A mutation that succeeds at once, or fails with error. */
function mutation<V>(error: unknown = null) {
  return {
    mutate: vi.fn((_vars: V, opts: { onSuccess: () => void }) => {
      if (!error) opts.onSuccess();
    }),
    isPending: false,
    isError: error !== null,
    error,
  };
}

function setup(action: AccountAction, error: unknown = null) {
  const setDisabled = mutation<{ id: string; disabled: boolean }>(action === 'delete' ? null : error);
  const remove = mutation<string>(action === 'delete' ? error : null);
  const onClose = vi.fn();
  render(
    <MantineProvider>
      <AccountActionModal account={{ id: 'u7', username: 'ana' }} action={action} copy={COPY} setDisabled={setDisabled} remove={remove} onClose={onClose} />
    </MantineProvider>,
  );
  return { setDisabled, remove, onClose };
}

describe('AccountActionModal', () => {
  it.each([
    ['disable', 'Disable ana?', 'Disable thing', { id: 'u7', disabled: true }],
    ['enable', 'Enable ana?', 'Enable thing', { id: 'u7', disabled: false }],
  ] as const)('%s asks, then sets the account and closes', (action, title, button, vars) => {
    const { setDisabled, remove, onClose } = setup(action);
    expect(screen.getByText(title)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: button }));
    expect(setDisabled.mutate).toHaveBeenCalledWith(vars, expect.anything());
    expect(remove.mutate).not.toHaveBeenCalled();
    expect(onClose).toHaveBeenCalled();
  });

  it('delete removes the account by id', () => {
    const { setDisabled, remove } = setup('delete');
    expect(screen.getByText('It goes.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Delete thing' }));
    expect(remove.mutate).toHaveBeenCalledWith('u7', expect.anything());
    expect(setDisabled.mutate).not.toHaveBeenCalled();
  });

  it("shows the backend's refusal and stays open", () => {
    const { setDisabled, onClose } = setup('disable', new AppError('conflict', 'The last Administrator cannot be disabled.'));
    fireEvent.click(screen.getByRole('button', { name: 'Disable thing' }));
    expect(setDisabled.mutate).toHaveBeenCalled();
    expect(screen.getByText(/last Administrator/)).toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('Cancel closes without a change', () => {
    const { setDisabled, onClose } = setup('disable');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalled();
    expect(setDisabled.mutate).not.toHaveBeenCalled();
  });
});
