import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { hasUnlockMethod, type WorkspaceStatus } from '@/lib/workspaceStatus';
import { ChangePassphraseCard } from './ChangePassphraseCard';
import { RotateKeychainKeyCard } from './RotateKeychainKeyCard';
import { UnlockMethodsCard } from './UnlockMethodsCard';
import { WorkspaceFactsCard } from './WorkspaceFactsCard';

type WorkspaceSecurityPanelProps = { status: WorkspaceStatus };

/** Admin → Workspace security: facts about the encrypted file and how it unlocks. */
export function WorkspaceSecurityPanel({ status }: WorkspaceSecurityPanelProps) {
  return (
    <Stack gap="lg">
      <div>
        <Title order={3} fz="lg">
          Workspace security
        </Title>
        <Text fz="sm" c="dimmed">
          How this workspace is encrypted and what can open it.
        </Text>
      </div>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <WorkspaceFactsCard status={status} />
        <UnlockMethodsCard status={status} />
        <ChangePassphraseCard hasPassphrase={hasUnlockMethod(status, 'passphrase')} />
        <RotateKeychainKeyCard keychainInUse={hasUnlockMethod(status, 'keychain')} />
      </SimpleGrid>
    </Stack>
  );
}
