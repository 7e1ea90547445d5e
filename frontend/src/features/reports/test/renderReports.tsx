import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { workspaceStatusKey } from '@/lib/workspaceStatus';

/** Renders report UI for a test: Mantine, a fresh query client signed in with `permissions`, a router at `url`. */
export function renderReports(ui: ReactNode, { permissions = ['reports.view'], url = '/reports' } = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  client.setQueryData(workspaceStatusKey, { signedIn: { permissions, grants: [] } });
  const view = render(
    <MantineProvider>
      <QueryClientProvider client={client}>
        <MemoryRouter initialEntries={[url]}>{ui}</MemoryRouter>
      </QueryClientProvider>
    </MantineProvider>,
  );
  return { client, ...view };
}
