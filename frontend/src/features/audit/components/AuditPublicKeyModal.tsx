import { Alert, Code, Group, Modal, Skeleton, Stack, Text } from '@mantine/core';
import { describeError } from '@/lib/errors';
import { useAuditPublicKey } from '../hooks/useAuditPublicKey';
import { verifyCommand } from '../types/exportSpecs';
import { CopyValueButton } from '@/components/CopyValueButton';

/** The audit signing public key, to copy, and how an auditor checks a signed bundle with it. */
export function AuditPublicKeyModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const key = useAuditPublicKey(opened);
  const command = key.data ? verifyCommand(key.data) : '';
  return (
    <Modal opened={opened} onClose={onClose} title="Audit public key" size="lg" centered>
      <Stack gap="sm">
        <Text fz="sm">
          Signed bundles are signed with this workspace&apos;s audit key. Anyone with the public key can check that a bundle
          is complete and unchanged, without access to the workspace:
        </Text>
        <Code block fz="xs">{verifyCommand()}</Code>
        {key.isPending && <Skeleton h={36} />}
        {key.isError && <Alert color="red" variant="light">{describeError(key.error)}</Alert>}
        {key.data && (
          <>
            <Text fz="sm" fw={500}>Public key</Text>
            <Group gap={4} wrap="nowrap" align="flex-start">
              <Code block fz="xs" style={{ flex: 1, wordBreak: 'break-all', whiteSpace: 'pre-wrap' }} data-testid="audit-public-key">
                {key.data}
              </Code>
              <CopyValueButton value={key.data} label="Copy public key" />
            </Group>
            <Text fz="sm" fw={500}>The command with this key</Text>
            <Group gap={4} wrap="nowrap" align="flex-start">
              <Code block fz="xs" style={{ flex: 1, wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>{command}</Code>
              <CopyValueButton value={command} label="Copy the command" />
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
