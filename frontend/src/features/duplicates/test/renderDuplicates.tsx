import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { workspaceStatusKey } from '@/lib/workspaceStatus';

type Grant = { entity: string; action: string; scope: string };

/** Every action on contacts, leads and companies at scope all. */
export const ALL_GRANTS: Grant[] = ['contacts', 'leads', 'companies'].flatMap((entity) =>
  ['read', 'create', 'update', 'delete'].map((action) => ({ entity, action, scope: 'all' })),
);

/** Renders duplicates UI for a test: Mantine, a fresh query client signed in with `grants`, a router at `url`. */
export function renderDuplicates(ui: ReactNode, { grants = ALL_GRANTS, permissions = ['data.import'] as string[], url = '/duplicates/contacts/find' } = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  client.setQueryData(workspaceStatusKey, { signedIn: { user: { id: 'u1' }, permissions, grants } });
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
