import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPrincipal, listPrincipals, listRoleOptions, listTeamOptions, rotatePrincipalToken } from '../api/principalsApi';
import { IntegrationsPanel } from './IntegrationsPanel';

vi.mock('../api/principalsApi', () => ({
  listPrincipals: vi.fn(),
  listRoleOptions: vi.fn(),
  listTeamOptions: vi.fn(),
  createPrincipal: vi.fn(),
  rotatePrincipalToken: vi.fn(),
  setPrincipalDisabled: vi.fn(),
  deletePrincipal: vi.fn(),
}));

const TOKEN = `fvi_${'A'.repeat(52)}`;
const webform = {
  id: 'u9', username: 'webform', displayName: 'Webform CSV drop', roleId: 'marketing_manager', roleName: 'Marketing Manager',
  teamIds: [], disabled: false, mustChangePassword: false, lockedUntil: '', lastLoginAt: '', createdAt: '', kind: 'integration',
};

function renderPanel() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  render(
    <MantineProvider>
      <QueryClientProvider client={client}>
        <IntegrationsPanel workspaceDir="/home/ana/.config/FieldVault" />
      </QueryClientProvider>
    </MantineProvider>,
  );
}

describe('IntegrationsPanel', () => {
  beforeEach(() => {
    vi.clearAllMocks();
    vi.mocked(listRoleOptions).mockResolvedValue([{ id: 'marketing_manager', name: 'Marketing Manager' }] as never);
    vi.mocked(listTeamOptions).mockResolvedValue([]);
  });

  it('says what integrations are for when there are none', async () => {
    vi.mocked(listPrincipals).mockResolvedValue([]);
    renderPanel();
    expect(await screen.findByText('No integrations yet')).toBeInTheDocument();
  });

  it('lists principals with role, status and last sign-in', async () => {
    vi.mocked(listPrincipals).mockResolvedValue([webform, { ...webform, id: 'u10', username: 'old-sync', disabled: true }] as never);
    renderPanel();
    const table = await screen.findByTestId('integrations-table');
    expect(within(table).getAllByText('Marketing Manager')).toHaveLength(2);
    expect(within(table).getByText('Disabled')).toBeInTheDocument();
    expect(within(table).getAllByText('Never')).toHaveLength(2);
  });

  it('adds an integration and shows its token once, with the command line, until confirmed', async () => {
    vi.mocked(listPrincipals).mockResolvedValue([]);
    vi.mocked(createPrincipal).mockResolvedValue({ user: webform, token: TOKEN } as never);
    const user = userEvent.setup();
    renderPanel();
    await user.click(await screen.findByRole('button', { name: 'Add integration' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add integration' });
    await user.type(within(dialog).getByRole('textbox', { name: /^User name/ }), 'webform');
    await user.click(within(dialog).getByLabelText(/^Role/));
    await user.click(await screen.findByRole('option', { name: 'Marketing Manager', hidden: true }));
    await user.click(within(dialog).getByRole('button', { name: 'Add integration' }));

    await waitFor(() => expect(createPrincipal).toHaveBeenCalled());
    expect(vi.mocked(createPrincipal).mock.calls[0][0]).toEqual({ username: 'webform', displayName: '', roleId: 'marketing_manager', teamIds: [] });
    expect(await screen.findByTestId('integration-token')).toHaveTextContent(TOKEN);
    expect(screen.getByTestId('integration-usage')).toHaveTextContent(
      'FIELDVAULT_TOKEN=… fieldvault import FILE --user webform --entity contacts --workspace /home/ana/.config/FieldVault',
    );
    const done = screen.getByRole('button', { name: 'Done' });
    expect(done).toBeDisabled();
    await user.click(screen.getByLabelText('I have stored this token somewhere safe'));
    await user.click(done);
    await waitFor(() => expect(screen.queryByTestId('integration-token')).not.toBeInTheDocument());
  });

  it('"New token" asks first, then shows the new token once', async () => {
    vi.mocked(listPrincipals).mockResolvedValue([webform] as never);
    vi.mocked(rotatePrincipalToken).mockResolvedValue({ user: webform, token: TOKEN } as never);
    const user = userEvent.setup();
    renderPanel();
    await user.click(await screen.findByRole('button', { name: 'Actions for webform' }));
    await user.click(await screen.findByRole('menuitem', { name: 'New token' }));
    await user.click(await screen.findByRole('button', { name: 'Make a new token' }));
    await waitFor(() => expect(rotatePrincipalToken).toHaveBeenCalled());
    expect(vi.mocked(rotatePrincipalToken).mock.calls[0][0]).toBe('u9');
    expect(await screen.findByTestId('integration-token')).toHaveTextContent(TOKEN);
    expect(screen.getByText('New token for webform')).toBeInTheDocument();
  });
});
