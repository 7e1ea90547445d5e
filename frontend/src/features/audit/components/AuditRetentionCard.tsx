import { Badge, Button, Card, Drawer, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconArchive } from '@tabler/icons-react';
import { useState } from 'react';
import { PERMS, hasPermission } from '@/lib/permissions';
import { useSession } from '@/lib/session';
import { useAuditArchive } from '../hooks/useAuditArchive';
import { useAuditArchives } from '../hooks/useAuditArchives';
import { useAuditRetention } from '../hooks/useAuditRetention';
import { retentionLabel } from '../types/archiveForm';
import { AuditArchiveForm } from './AuditArchiveForm';
import { AuditArchiveHistory } from './AuditArchiveHistory';
import { AuditRetentionSetting } from './AuditRetentionSetting';

/**
 * Retention & archive: how long entries stay in the live log, what is past
 * that, archiving it into an encrypted signed file, and the archives so far.
 * One line on the page; the details open in a drawer, which stays open while
 * an archive runs. The backend checks every permission.
 */
export function AuditRetentionCard() {
  const session = useSession();
  const canManage = hasPermission(session, PERMS.settingsManage);
  const canArchive = canManage && hasPermission(session, PERMS.dataExport);
  const retention = useAuditRetention();
  const archives = useAuditArchives();
  const archive = useAuditArchive(); // here, not in the drawer: the job and its result outlive it
  const [open, setOpen] = useState(false);
  const data = retention.data;
  const anchors = archives.data ?? [];

  const facts = data
    ? [
        data.cutoff ? `${data.due.toLocaleString('en-US')} ${data.due === 1 ? 'entry is' : 'entries are'} older than ${data.cutoff}` : 'nothing is archived automatically',
        anchors.length > 0
          ? `${anchors.length} ${anchors.length === 1 ? 'archive' : 'archives'}; the live log starts at entry #${(anchors[0].lastSeq + 1).toLocaleString('en-US')}`
          : 'nothing archived yet',
      ].join(' · ')
    : null;

  return (
    <Card withBorder padding="md" radius="md" data-testid="audit-retention">
      <Group justify="space-between" align="center" wrap="nowrap">
        <Stack gap={4}>
          <Group gap="xs">
            <Title order={3} fz="md">Retention &amp; archive</Title>
            {data && (
              <Badge variant="light" color={data.keepDays === 0 ? 'gray' : 'blue'} tt="none">
                {retentionLabel(data.keepDays)}
              </Badge>
            )}
          </Group>
          {retention.isPending ? <Skeleton h={14} w={320} /> : (
            <Text fz="sm" c="dimmed">{facts ?? 'Old entries can move into an encrypted, signed archive file; the rest of the log still verifies.'}</Text>
          )}
        </Stack>
        <Button
          variant="default"
          leftSection={<IconArchive size={16} />}
          onClick={() => setOpen(true)}
        >
          {canManage ? 'Manage' : 'Details'}
        </Button>
      </Group>
      <Drawer
        opened={open || archive.writing}
        onClose={() => setOpen(false)}
        position="right"
        size="xl"
        title={<Title order={3} fz="lg">Retention &amp; archive</Title>}
        closeOnClickOutside={!archive.writing}
        closeOnEscape={!archive.writing}
        withCloseButton={!archive.writing}
      >
        <Stack gap="lg">
          {canManage && data && <AuditRetentionSetting current={data.keepDays} />}
          {canArchive && data ? (
            <AuditArchiveForm retention={data} archive={archive} />
          ) : (
            <Text fz="sm" c="dimmed">Archiving needs the “Manage settings” and “Export data” permissions.</Text>
          )}
          <AuditArchiveHistory anchors={anchors} loading={archives.isPending} />
        </Stack>
      </Drawer>
    </Card>
  );
}
