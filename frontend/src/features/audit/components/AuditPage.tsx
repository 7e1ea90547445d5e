import { Alert, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconFilterOff, IconRefresh } from '@tabler/icons-react';
import { describeError } from '@/lib/errors';
import { useAuditFilters } from '../hooks/useAuditFilters';
import { useAuditList } from '../hooks/useAuditList';
import { useAuditUsers } from '../hooks/useAuditUsers';
import { countActiveFilters } from '../types/auditFilters';
import { formatTotal } from '../types/auditFormat';
import { AuditDetailDrawer } from './AuditDetailDrawer';
import { AuditExportMenu } from './AuditExportMenu';
import { AuditFiltersBar } from './AuditFiltersBar';
import { AuditIntegrityCard } from './AuditIntegrityCard';
import { AuditRetentionCard } from './AuditRetentionCard';
import { AuditTable } from './AuditTable';

/**
 * The audit log viewer: integrity, filters (kept in the URL), the entries as
 * a virtualised list paged by sequence number, one entry's detail, exports.
 */
export function AuditPage() {
  const { filters, query, setFilters, clear, refresh, seq, openEntry, closeEntry } = useAuditFilters();
  const list = useAuditList(query);
  const users = useAuditUsers(list.rows, filters.userId);
  const filtered = countActiveFilters(filters) > 0;

  return (
    <Stack gap="md" h="calc(100dvh - 60px - 2 * var(--mantine-spacing-xl))">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} fz={22}>Audit</Title>
          <Text fz="sm" c="dimmed" data-testid="audit-count">
            {list.isPending ? 'Loading…' : list.isError ? 'Every sign-in, change, view and export, hash-chained so tampering shows.' : formatTotal(list.total, list.capped)}
          </Text>
        </div>
        <Group gap="xs">
          <Button variant="default" leftSection={<IconRefresh size={16} />} onClick={refresh} loading={list.isRefetching && !list.isFetchingNextPage}>
            Refresh
          </Button>
          <AuditExportMenu query={query} />
        </Group>
      </Group>
      <AuditIntegrityCard />
      <AuditRetentionCard />
      <AuditFiltersBar filters={filters} users={users} onChange={setFilters} onClear={clear} />
      {list.isError ? (
        <Alert color="red" variant="light" title="The audit log could not load">{describeError(list.error)}</Alert>
      ) : list.isPending ? (
        <Center style={{ flex: 1 }}><Loader /></Center>
      ) : list.rows.length === 0 ? (
        <Center style={{ flex: 1 }}>
          <Stack align="center" gap="xs" maw={420}>
            <Title order={3} fz="md">{filtered ? 'No entries match these filters' : 'No entries yet'}</Title>
            <Text fz="sm" c="dimmed" ta="center">
              {filtered ? 'Widen the time range or clear a filter.' : 'Sign-ins, changes, views and exports appear here as they happen.'}
            </Text>
            {filtered && <Button variant="light" leftSection={<IconFilterOff size={16} />} onClick={clear}>Clear filters</Button>}
          </Stack>
        </Center>
      ) : (
        <AuditTable
          rows={list.rows}
          hasMore={!!list.hasNextPage}
          loadingMore={list.isFetchingNextPage}
          onLoadMore={list.fetchNextPage}
          onOpen={(row) => openEntry(row.seq)}
          openSeq={seq}
          busy={list.isPlaceholderData}
        />
      )}
      <AuditDetailDrawer
        seq={seq}
        onClose={closeEntry}
        onFilterObject={(objectType, objectId) => setFilters({ objectType, objectId }, { closeEntry: true })}
      />
    </Stack>
  );
}
