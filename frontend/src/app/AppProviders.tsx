import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { HashRouter } from 'react-router';
import { colorSchemeManager, theme } from '@/lib/theme';
import { createQueryClient } from './queryClient';

type AppProvidersProps = { children: ReactNode; queryClient?: QueryClient };

export function AppProviders({ children, queryClient }: AppProvidersProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <MantineProvider theme={theme} defaultColorScheme="light" colorSchemeManager={colorSchemeManager}>
      <Notifications position="bottom-right" limit={3} autoClose={4000} />
      <QueryClientProvider client={client}>
        <HashRouter>{children}</HashRouter>
      </QueryClientProvider>
    </MantineProvider>
  );
}
