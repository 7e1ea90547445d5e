import { Stack, Text, Title } from '@mantine/core';
import { AuditIntegrityCard } from './AuditIntegrityCard';

/** Audit: the integrity check now; the searchable viewer comes with a later release. */
export function AuditPage() {
  return (
    <Stack gap="lg">
      <div>
        <Title order={2} fz={22}>
          Audit
        </Title>
        <Text fz="sm" c="dimmed">
          Every sign-in, change, view and export, hash-chained so tampering shows. The full audit log viewer arrives
          with a coming release.
        </Text>
      </div>
      <AuditIntegrityCard />
    </Stack>
  );
}
