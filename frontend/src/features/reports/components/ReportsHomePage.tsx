import { Alert, Button, Center, Group, Loader, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { describeError } from '@/lib/errors';
import { useCatalog } from '../hooks/useCatalog';
import { useOwnerNames } from '../hooks/useOwnerNames';
import { useReportPermissions } from '../hooks/useReportPermissions';
import { useReports } from '../hooks/useReports';
import { filterReports, type ReportKindFilter } from '../types/reportList';
import { ReportListTable } from './ReportListTable';

/** Reports home: the built-in and saved reports the viewer can see, searchable; "New report" with reports.manage. */
export function ReportsHomePage() {
  const navigate = useNavigate();
  const reports = useReports();
  const catalog = useCatalog();
  const owners = useOwnerNames();
  const { canManage } = useReportPermissions();
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<ReportKindFilter>('all');
  const shown = useMemo(() => filterReports(reports.data ?? [], search, kind), [reports.data, search, kind]);
  const savedCount = (reports.data ?? []).filter((r) => !r.builtin).length;

  return (
    <Stack gap="md" maw={1280}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} fz={22}>Reports</Title>
          <Text fz="sm" c="dimmed">Tables and charts from your CRM data: run one, drill into its groups, export it to Excel.</Text>
        </div>
        {canManage && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => navigate('/reports/new')}>
            New report
          </Button>
        )}
      </Group>
      <Group gap="sm">
        <TextInput
          placeholder="Search reports…"
          aria-label="Search reports"
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={320}
        />
        <SegmentedControl
          value={kind}
          onChange={(v) => setKind(v as ReportKindFilter)}
          data={[
            { value: 'all', label: 'All' },
            { value: 'builtin', label: 'Built-in' },
            { value: 'saved', label: `Saved (${savedCount})` },
          ]}
          aria-label="Which reports"
        />
      </Group>
      {reports.isError ? (
        <Alert color="red" variant="light" title="The reports could not load">{describeError(reports.error)}</Alert>
      ) : reports.isPending ? (
        <Center mih={240}><Loader /></Center>
      ) : shown.length === 0 ? (
        <Center mih={240}>
          <Stack align="center" gap="xs" maw={420}>
            <Title order={3} fz="md">{search || kind !== 'all' ? 'No reports match' : 'No reports yet'}</Title>
            <Text fz="sm" c="dimmed" ta="center">
              {kind === 'saved' && !search
                ? canManage ? 'Build a report with “New report” and save it: it is listed here.' : 'Nobody has shared a report with you yet.'
                : 'Try other words, or show all reports.'}
            </Text>
          </Stack>
        </Center>
      ) : (
        <ReportListTable reports={shown} entityLabel={(e) => catalog.entity(e)?.label} owners={owners} canManage={canManage} />
      )}
    </Stack>
  );
}
