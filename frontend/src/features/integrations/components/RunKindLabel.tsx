import { Group, Text, ThemeIcon } from '@mantine/core';
import {
  IconArchive,
  IconCalendarStats,
  IconDatabaseExport,
  IconDatabaseImport,
  IconArrowsExchange,
  IconCloudUpload,
  IconRestore,
  type Icon,
} from '@tabler/icons-react';
import { kindLabel } from '../types/runFormat';

const ICONS: Record<string, Icon> = {
  import: IconDatabaseImport,
  export: IconDatabaseExport,
  report: IconCalendarStats,
  backup: IconCloudUpload,
  restore: IconRestore,
  archive: IconArchive,
  sync: IconArrowsExchange,
};

/** The kind of a run as an icon and a word. */
export function RunKindLabel({ kind }: { kind: string }) {
  const KindIcon = ICONS[kind] ?? IconArrowsExchange;
  return (
    <Group gap={8} wrap="nowrap">
      <ThemeIcon variant="light" color="gray" size="md" radius="md"><KindIcon size={16} /></ThemeIcon>
      <Text fz="sm" style={{ whiteSpace: 'nowrap' }}>{kindLabel(kind)}</Text>
    </Group>
  );
}
