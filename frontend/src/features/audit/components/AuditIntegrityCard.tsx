import { Alert, Badge, Button, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconShieldCheck, IconShieldSearch } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { describeError } from '@/lib/errors';
import { useAuditStatus } from '../hooks/useAuditStatus';
import { useFirstVerify } from '../hooks/useFirstVerify';
import { useVerifyAudit } from '../hooks/useVerifyAudit';
import { formatAuditTime } from '../types/auditFormat';
import { integrityState, type IntegrityState } from '../types/integrity';
import { JobProgressBar } from './JobProgressBar';

const BADGES: Record<IntegrityState, ReactNode> = {
  verifying: <Badge variant="light" color="blue" tt="none">Verifying…</Badge>,
  intact: <Badge variant="light" color="teal" tt="none" leftSection={<IconShieldCheck size={12} />}>Intact</Badge>,
  broken: <Badge variant="light" color="red" tt="none" leftSection={<IconAlertTriangle size={12} />}>Broken</Badge>,
  unverified: <Badge variant="light" color="gray" tt="none">Not verified yet</Badge>,
  unknown: <Badge variant="light" color="gray" tt="none">Unknown</Badge>,
};

/**
 * Whether the hash chain and the signed checkpoints hold: how far the last
 * check got, the last checkpoint, and "Verify now" with progress and Cancel.
 */
export function AuditIntegrityCard() {
  const status = useAuditStatus();
  const verify = useVerifyAudit();
  useFirstVerify(status.data, status.isError, verify.running, verify.start);
  const data = status.data;
  const state = integrityState(data, verify.running);

  const facts = data
    ? [
        `${data.entries.toLocaleString('en-US')} entries`,
        data.verifiedUpTo > 0 ? `verified up to entry #${data.verifiedUpTo.toLocaleString('en-US')}` : 'not verified this session',
        data.lastCheckpointAt ? `last signed checkpoint ${formatAuditTime(data.lastCheckpointAt)}` : 'no signed checkpoint yet',
      ].join(' · ')
    : null;

  return (
    <Card withBorder padding="md" radius="md" data-testid="audit-integrity">
      <Group justify="space-between" align="center" wrap="nowrap">
        <Stack gap={4}>
          <Group gap="xs">
            <Title order={3} fz="md">Integrity</Title>
            {BADGES[state]}
          </Group>
          {status.isPending ? <Skeleton h={14} w={360} /> : null}
          <Text fz="sm" c="dimmed">
            {facts ?? 'Every entry is chained to the one before by a hash, and checkpoints are signed, so an edited, removed or reordered entry shows up here.'}
          </Text>
        </Stack>
        {!verify.running && (
          <Button variant="default" leftSection={<IconShieldSearch size={16} />} onClick={verify.start}>
            Verify now
          </Button>
        )}
      </Group>
      {verify.running && (
        <Stack mt="sm">
          <JobProgressBar label="Verification progress" progress={verify.progress} onCancel={verify.cancel} cancelling={verify.cancelling} />
        </Stack>
      )}
      {!verify.running && verify.result?.ok && (
        <Text mt="xs" fz="sm" c="teal" data-testid="verify-result">
          Checked {verify.result.verifiedUpTo.toLocaleString('en-US')} entries and every checkpoint: no problems found.
        </Text>
      )}
      {data && state === 'broken' && (
        <Alert mt="sm" color="red" variant="light" icon={<IconAlertTriangle size={18} />} title="The chain is broken">
          {data.problem || 'The check found a problem.'} Entries after #{data.verifiedUpTo.toLocaleString('en-US')} cannot be trusted until this is explained.
        </Alert>
      )}
      {!verify.running && verify.error ? (
        <Alert mt="sm" color="red" variant="light" title="The check could not run">{describeError(verify.error)}</Alert>
      ) : status.isError && !data ? (
        <Alert mt="sm" color="red" variant="light">{describeError(status.error)}</Alert>
      ) : null}
    </Card>
  );
}
