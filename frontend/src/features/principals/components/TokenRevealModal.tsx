import { Alert, Button, Checkbox, Code, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { CopyValueButton } from '@/components/CopyValueButton';
import { tokenUsageLine } from '../types/tokenUsage';

type TokenRevealModalProps = {
  /** null: closed. */
  revealed: { username: string; token: string; rotated: boolean } | null;
  workspaceDir: string;
  onClose: () => void;
};

/** Shows a principal's token the one time it exists in the window, with the command line that uses it. */
export function TokenRevealModal({ revealed, workspaceDir, onClose }: TokenRevealModalProps) {
  const [saved, setSaved] = useState(false);
  const close = () => {
    setSaved(false);
    onClose();
  };
  const usage = tokenUsageLine(revealed?.username ?? '', workspaceDir);
  return (
    <Modal
      opened={revealed !== null}
      onClose={close}
      title={revealed?.rotated ? `New token for ${revealed.username}` : `Token for ${revealed?.username ?? ''}`}
      centered
      size="lg"
      closeOnClickOutside={false}
      withCloseButton={false}
    >
      {revealed ? (
        <Stack gap="md">
          <Alert variant="light" icon={<IconInfoCircle size={18} />} title="Copy it now: it is shown only this once">
            The token signs the integration in on the command line (the window refuses it) and also unlocks the workspace there. Put it in
            the script&apos;s secret store. {revealed.rotated ? 'The previous token has stopped working. ' : ''}If it is lost, give the
            integration a new token.
          </Alert>
          <Paper withBorder radius="md" p="md" bg="var(--mantine-color-default-hover)">
            <Group gap="xs" wrap="nowrap">
              <Text ff="monospace" fz="sm" fw={600} style={{ flex: 1, overflowWrap: 'anywhere', userSelect: 'all' }} data-testid="integration-token">
                {revealed.token}
              </Text>
              <CopyValueButton value={revealed.token} label="Copy token" />
            </Group>
          </Paper>
          <Stack gap={4}>
            <Text fz="sm" fw={500}>
              Use it like this
            </Text>
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <Code block fz="xs" style={{ flex: 1, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="integration-usage">
                {usage}
              </Code>
              <CopyValueButton value={usage} label="Copy command" />
            </Group>
            <Text fz="xs" c="dimmed">
              Set FIELDVAULT_TOKEN from the secret store rather than typing the token on the command line.
            </Text>
          </Stack>
          <Checkbox checked={saved} onChange={(event) => setSaved(event.currentTarget.checked)} label="I have stored this token somewhere safe" />
          <Group justify="flex-end">
            <Button onClick={close} disabled={!saved}>
              Done
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
