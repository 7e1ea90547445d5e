import { ActionIcon, Anchor, Badge, Group, Menu, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconDots, IconEdit, IconLock, IconPlayerPlay, IconTrash, IconUsers, IconWorld } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ConfirmModal } from '@/components/ConfirmModal';
import { useDeleteReport } from '../hooks/useReportMutations';
import { canDeleteReport, describeShape, ownerLabel, problemText, reportRoute, sharingLabel } from '../types/reportList';
import type { ReportInfo } from '../types/reportTypes';

type ReportListTableProps = {
  reports: ReportInfo[];
  entityLabel: (entity: string) => string | undefined;
  owners?: Record<string, string>;
  canManage: boolean;
};

const SHARING_ICON: Record<string, typeof IconLock> = { private: IconLock, team: IconUsers, everyone: IconWorld };

/** The report list: name and description, what it shows, owner and sharing, and whether the viewer can run it. */
export function ReportListTable({ reports, entityLabel, owners, canManage }: ReportListTableProps) {
  const navigate = useNavigate();
  const remove = useDeleteReport();
  const [deleting, setDeleting] = useState<ReportInfo | null>(null);

  return (
    <>
      <Table highlightOnHover verticalSpacing="sm" horizontalSpacing="md" withTableBorder data-testid="report-list">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Report</Table.Th>
            <Table.Th w={190}>Shows</Table.Th>
            <Table.Th w={200}>Owner</Table.Th>
            <Table.Th w={56} aria-label="Actions" />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reports.map((r) => {
            const SharingIcon = SHARING_ICON[r.sharing] ?? IconWorld;
            return (
              <Table.Tr key={r.id} data-testid="report-row" style={{ cursor: r.runnable ? 'pointer' : 'default' }} onClick={() => r.runnable && navigate(reportRoute(r.id))}>
                <Table.Td>
                  <Stack gap={2}>
                    <Group gap="xs" wrap="nowrap">
                      {r.runnable ? (
                        <Anchor component={Link} to={reportRoute(r.id)} fw={600} fz="sm" onClick={(e) => e.stopPropagation()}>
                          {r.name}
                        </Anchor>
                      ) : (
                        <Text fw={600} fz="sm" c="dimmed">{r.name}</Text>
                      )}
                    </Group>
                    {r.description && <Text fz="xs" c="dimmed" lineClamp={2}>{r.description}</Text>}
                    {!r.runnable && (
                      <Group gap={4} wrap="nowrap" c="orange.8" data-testid="report-problem">
                        <IconAlertTriangle size={14} />
                        <Text fz="xs" c="orange.8">Cannot run: {problemText(r.problem)}</Text>
                      </Group>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Text fz="sm">{describeShape(r.spec, entityLabel(r.spec.entity))}</Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Text fz="sm">{ownerLabel(r, owners)}</Text>
                    {!r.builtin && (
                      <Tooltip label={`Shared with: ${sharingLabel(r.sharing).toLowerCase()}`} withArrow>
                        <Badge size="sm" variant="light" color={r.sharing === 'private' ? 'gray' : 'vault'} leftSection={<SharingIcon size={12} />}>
                          {sharingLabel(r.sharing)}
                        </Badge>
                      </Tooltip>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td onClick={(e) => e.stopPropagation()}>
                  <Menu position="bottom-end" withinPortal>
                    <Menu.Target>
                      <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${r.name}`}>
                        <IconDots size={16} />
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item leftSection={<IconPlayerPlay size={16} />} disabled={!r.runnable} onClick={() => navigate(reportRoute(r.id))}>
                        Run
                      </Menu.Item>
                      {canManage && (
                        <Menu.Item leftSection={<IconEdit size={16} />} onClick={() => navigate(reportRoute(r.id, true))}>
                          {r.builtin || !r.mine ? 'Copy and edit' : 'Edit'}
                        </Menu.Item>
                      )}
                      {canDeleteReport(r, canManage) && (
                        <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={() => setDeleting(r)}>
                          Delete
                        </Menu.Item>
                      )}
                    </Menu.Dropdown>
                  </Menu>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <ConfirmModal
        opened={deleting !== null}
        title="Delete this report?"
        confirmLabel="Delete report"
        danger
        loading={remove.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutate({ id: deleting.id, name: deleting.name }, { onSettled: () => setDeleting(null) })}
      >
        <Text fz="sm">
          “{deleting?.name}” is removed for everyone it is shared with. The records it reports on stay as they are.
        </Text>
      </ConfirmModal>
    </>
  );
}
