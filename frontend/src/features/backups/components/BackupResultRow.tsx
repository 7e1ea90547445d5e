import { Code, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { CopyValueButton } from '@/components/CopyValueButton';

type BackupResultRowProps = { label: string; children: ReactNode; copy?: string; mono?: boolean };

/** One fact of a finished backup: a label, the value, and a copy button when the value is worth pasting elsewhere. */
export function BackupResultRow({ label, children, copy, mono }: BackupResultRowProps) {
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start">
      <Text fz="sm" fw={500} w={120} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      {mono ? (
        <Code fz="xs" style={{ flex: 1, wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
          {children}
        </Code>
      ) : (
        <Text fz="sm" component="div" style={{ flex: 1, minWidth: 0 }}>
          {children}
        </Text>
      )}
      {copy !== undefined ? <CopyValueButton value={copy} label={`Copy ${label.toLowerCase()}`} /> : null}
    </Group>
  );
}
