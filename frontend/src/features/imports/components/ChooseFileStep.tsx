import { Alert, Button, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { IconArrowRight, IconFileUpload } from '@tabler/icons-react';
import { describeError } from '@/lib/errors';
import type { ImportTarget } from '../hooks/useImportableEntities';
import type { FileOverrides, ImportFileInfo } from '../types/importTypes';
import { FileSummaryCard } from './FileSummaryCard';
import { SamplePreviewTable } from './SamplePreviewTable';

type ChooseFileStepProps = {
  entities: readonly ImportTarget[];
  entity: string;
  onEntity: (name: string | null) => void;
  choosing: boolean;
  onChoose: () => void;
  error: unknown;
  info: ImportFileInfo | null;
  overrides: FileOverrides | null;
  onOverrides: (patch: Partial<FileOverrides>) => void;
  onNext: () => void;
};

/** Step 1: the record type, the file, what was detected in it (with overrides) and its first rows. */
export function ChooseFileStep({ entities, entity, onEntity, choosing, onChoose, error, info, overrides, onOverrides, onNext }: ChooseFileStepProps) {
  return (
    <Stack gap="md" pt="md">
      <Group align="flex-end" gap="sm">
        <Select
          label="Record type"
          description="What each row of the file becomes"
          w={240}
          allowDeselect={false}
          data={entities.map((e) => ({ value: e.name, label: e.labelPlural }))}
          value={entity}
          onChange={onEntity}
          disabled={choosing}
        />
        <Button leftSection={<IconFileUpload size={16} />} onClick={onChoose} loading={choosing} variant={info ? 'default' : 'filled'}>
          {info ? 'Choose another file…' : 'Choose file…'}
        </Button>
      </Group>
      {error ? <Alert color="red" variant="light" title="The file could not be read">{describeError(error)}</Alert> : null}
      {info && overrides ? (
        <>
          <FileSummaryCard info={info} overrides={overrides} onOverrides={onOverrides} busy={choosing} />
          <SamplePreviewTable header={info.header} sample={info.sample} rows={info.sampleRows} />
        </>
      ) : (
        <Paper withBorder p="xl" radius="md">
          <Stack gap={4} align="center">
            <Text fw={600}>Choose a CSV file or an Excel workbook</Text>
            <Text fz="sm" c="dimmed" ta="center" maw={520}>
              The column names are read from the first row; title rows above them are skipped. The delimiter, text encoding, sheet and header row are detected; you can change them once the file is open.
            </Text>
          </Stack>
        </Paper>
      )}
      <Group justify="flex-end">
        <Button rightSection={<IconArrowRight size={16} />} disabled={!info || choosing} onClick={onNext}>Map columns</Button>
      </Group>
    </Stack>
  );
}
