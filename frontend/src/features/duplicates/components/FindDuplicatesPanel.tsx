import { Button, Center, EmptyState, Group, Paper, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconLockAccess, IconSearch, IconUsersGroup } from '@tabler/icons-react';
import { useState } from 'react';
import { JobProgressBar } from '@/components/JobProgressBar';
import { useScanResult, type DuplicateScanner } from '../hooks/useDuplicateScan';
import { ENTITY_LABELS } from '../types/duplicateRoutes';
import type { DedupEntity, GroupRecord } from '../types/duplicateTypes';
import { scanSummary } from '../types/scanSummary';
import { DuplicateGroupList } from './DuplicateGroupList';
import { MergeModal } from './MergeModal';

type FindDuplicatesPanelProps = {
  entity: DedupEntity;
  scanner: DuplicateScanner;
  canScan: boolean;
  canMerge: boolean;
};

/** "Find duplicates": run the scan (progress, Cancel), then the groups it found with "Review & merge". */
export function FindDuplicatesPanel({ entity, scanner, canScan, canMerge }: FindDuplicatesPanelProps) {
  const result = useScanResult(entity);
  const [reviewing, setReviewing] = useState<GroupRecord[] | null>(null);
  const { plural, singular } = ENTITY_LABELS[entity];

  if (!canScan) {
    return (
      <Center mih={320}>
        <EmptyState maw={480} size="lg" variant="light" icon={<IconLockAccess size={30} stroke={1.5} />}
          title={`You cannot look for duplicate ${plural}`}
          description={`Finding duplicates is for merging them, which needs permission to edit ${plural}. Ask an administrator if you need it.`}
          data-testid="duplicates-no-access" />
      </Center>
    );
  }

  const running = scanner.running === entity;
  const busyElsewhere = scanner.running !== null && !running;
  const scan = result.data;

  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="md">
        <Stack gap="sm">
          <Group justify="space-between" wrap="nowrap" align="center">
            <Text fz="sm" c="dimmed" maw={640}>
              Compares every {singular} you can see by email, phone and similar names, under this type’s rules. Nothing changes until you merge.
            </Text>
            <Button leftSection={<IconSearch size={16} />} onClick={() => scanner.start(entity)} loading={running} disabled={scanner.running !== null}>
              Find duplicates
            </Button>
          </Group>
          {running ? (
            <JobProgressBar
              label="Duplicate scan progress"
              percent={scanner.progress.percent}
              text={scanner.progress.percent === null ? `Reading ${plural}…` : `Checking ${plural}… ${scanner.progress.percent}%`}
              onCancel={scanner.cancel}
              cancelling={scanner.cancelling}
            />
          ) : null}
          {busyElsewhere ? <Text fz="sm" c="dimmed">A scan of {ENTITY_LABELS[scanner.running as DedupEntity]?.plural ?? scanner.running} is running; one runs at a time.</Text> : null}
          {scan && !running ? <Text fz="sm" fw={500} data-testid="scan-summary">{scanSummary(scan)}</Text> : null}
        </Stack>
      </Paper>
      {!scan ? (
        running ? null : (
          <Center mih={260}>
            <EmptyState maw={480} size="lg" variant="light" icon={<IconUsersGroup size={30} stroke={1.5} />}
              title={`Find duplicate ${plural}`}
              description="Run “Find duplicates” to list the groups of records that look like the same one. Review each group side by side and merge it; a merge can be undone." />
          </Center>
        )
      ) : scan.groups.length === 0 ? (
        <Center mih={260}>
          <EmptyState maw={480} size="lg" variant="light" icon={<IconCircleCheck size={30} stroke={1.5} />}
            title="No duplicates found"
            description={`None of the ${plural} you can see match under the current rules. Loosen the rules (a lower similarity, more places to look) to find more.`} />
        </Center>
      ) : (
        <>
          {scan.groupCount > scan.groups.length ? (
            <Text fz="xs" c="dimmed">Showing the best {scan.groups.length.toLocaleString('en-US')} groups; merge some and scan again for the rest.</Text>
          ) : null}
          <DuplicateGroupList
            entity={entity}
            groups={scan.groups}
            mergeBlocked={canMerge ? undefined : `Merging needs permission to edit and delete ${plural}.`}
            onReview={(group) => setReviewing(group.records)}
          />
        </>
      )}
      <MergeModal
        entity={entity}
        records={reviewing}
        onClose={() => setReviewing(null)}
        onMerged={(otherId) => setReviewing((list) => {
          const left = (list ?? []).filter((r) => r.id !== otherId);
          return left.length >= 2 ? left : null;
        })}
      />
    </Stack>
  );
}
