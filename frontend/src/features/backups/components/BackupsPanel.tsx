import { Card, Grid, Stack, Text } from '@mantine/core';
import { useBackup } from '../hooks/useBackup';
import { BackupExplainer } from './BackupExplainer';
import { BackupForm } from './BackupForm';
import { BackupResultCard } from './BackupResultCard';

/** Admin → Backups (administrators): who can open a backup, "Back up…", the result; beside it, what a backup is. */
export function BackupsPanel({ workspaceName }: { workspaceName: string }) {
  const backup = useBackup(workspaceName);
  return (
    <Card withBorder padding="lg" radius="md">
      <Stack gap="lg">
        <div>
          <Text fw={600}>Backups</Text>
          <Text fz="sm" c="dimmed">
            An encrypted copy of the whole workspace, for another disk, a safe or a new computer.
          </Text>
        </div>
        <Grid gap="xl">
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <Stack gap="lg">
              <BackupForm backup={backup} />
              {backup.result ? <BackupResultCard result={backup.result} onClose={backup.dismiss} /> : null}
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <BackupExplainer />
          </Grid.Col>
        </Grid>
      </Stack>
    </Card>
  );
}
