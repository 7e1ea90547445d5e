import { Anchor, Group, Text, Title } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { Link } from 'react-router';
import { auditEntryPath } from '../types/alertRoutes';

/** The audit entries that made the rule fire, each a link into the audit viewer. */
export function EvidenceList({ seqs }: { seqs: readonly number[] }) {
  return (
    <div>
      <Title order={4} fz="sm" mb={6}>
        Evidence
      </Title>
      {seqs.length === 0 ? (
        <Text fz="sm" c="dimmed">
          No audit entries are attached to this alert.
        </Text>
      ) : (
        <Group gap="xs" component="ul" aria-label="Evidence" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {seqs.map((seq) => (
            <li key={seq}>
              <Anchor component={Link} to={auditEntryPath(seq)} fz="sm" style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
                <IconHistory size={14} aria-hidden />
                Entry #{seq}
              </Anchor>
            </li>
          ))}
        </Group>
      )}
    </div>
  );
}
