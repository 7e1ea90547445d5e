import { Stack, Tabs, Text, Title } from '@mantine/core';
import { IconFileImport, IconHistory } from '@tabler/icons-react';
import { useNavigate, useParams } from 'react-router';
import { ImportWizard } from './ImportWizard';
import { PastImportsPanel } from './PastImportsPanel';

type ImportsPageProps = {
  /** Where the list of an entity's records lives (the app knows the record sections). */
  listPath: (entity: string) => string;
};

/**
 * The Import section (data.import): the wizard (/imports) and past imports
 * with Revert (/imports/history). Both stay mounted, so switching tabs keeps
 * the wizard where it was.
 */
export function ImportsPage({ listPath }: ImportsPageProps) {
  const { tab } = useParams();
  const navigate = useNavigate();
  const active = tab === 'history' ? 'history' : 'new';
  return (
    <Stack gap="md" maw={1280}>
      <div>
        <Title order={2} fz={22}>Import</Title>
        <Text fz="sm" c="dimmed">
          Bring contacts, companies, leads and deals in from a CSV file or an Excel workbook. A dry run shows what would happen before anything is written, and every import can be reverted.
        </Text>
      </div>
      <Tabs value={active} onChange={(value) => navigate(value === 'history' ? '/imports/history' : '/imports')}>
        <Tabs.List>
          <Tabs.Tab value="new" leftSection={<IconFileImport size={16} />}>New import</Tabs.Tab>
          <Tabs.Tab value="history" leftSection={<IconHistory size={16} />}>Past imports</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="new" pt="lg">
          <ImportWizard listPath={listPath} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="lg">
          <PastImportsPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
