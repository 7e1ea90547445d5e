import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { workspaceStatusKey } from '@/lib/workspaceStatus';

/** Renders import UI for a test: Mantine, a fresh query client signed in with `permissions`, a router at `url`. */
export function renderImports(ui: ReactNode, { permissions = ['data.import'], url = '/imports' } = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  client.setQueryData(workspaceStatusKey, { signedIn: { user: { id: 'u1' }, permissions, grants: [] } });
  const view = render(
    <MantineProvider>
      <Notifications />
      <QueryClientProvider client={client}>
        <MemoryRouter initialEntries={[url]}>{ui}</MemoryRouter>
      </QueryClientProvider>
    </MantineProvider>,
  );
  return { client, ...view };
}
