import { Badge, Group, Paper, Select, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { DELIMITER_OPTIONS, ENCODING_OPTIONS, encodingLabel, delimiterLabel, formatBytes, formatLabel } from '../types/fileInfo';
import type { FileOverrides, ImportFileInfo } from '../types/importTypes';
import { HeaderRowInput } from './HeaderRowInput';

type FileSummaryCardProps = {
  info: ImportFileInfo;
  overrides: FileOverrides;
  onOverrides: (patch: Partial<FileOverrides>) => void;
  busy: boolean;
};

const withCurrent = (options: ReadonlyArray<{ value: string; label: string }>, current: string, label: (v: string) => string) =>
  options.some((o) => o.value === current) || !current ? [...options] : [...options, { value: current, label: label(current) }];

/** The chosen file: name, size, format, and how it is read (encoding and delimiter of a CSV, sheet of a workbook, the header's row). */
export function FileSummaryCard({ info, overrides, onOverrides, busy }: FileSummaryCardProps) {
  const how = (forced: string) => (forced ? 'Chosen by you' : 'Detected');
  const headerRow = (
    <HeaderRowInput key={`${info.headerRow}:${overrides.headerRow}`} value={info.headerRow} chosen={overrides.headerRow > 0} disabled={busy} onCommit={(headerRow) => onOverrides({ headerRow })} />
  );
  return (
    <Paper withBorder p="md" radius="md" data-testid="import-file">
      <Group justify="space-between" align="flex-start" gap="lg">
        <Group gap="sm" wrap="nowrap" miw={0}>
          <ThemeIcon variant="light" size={40} radius="md"><IconFileSpreadsheet size={22} /></ThemeIcon>
          <Stack gap={2} miw={0}>
            <Text fw={600} truncate="end" data-testid="import-file-name">{info.name}</Text>
            <Group gap={6}>
              <Badge variant="light" color="gray" radius="sm">{formatLabel(info.format)}</Badge>
              <Text fz="xs" c="dimmed">
                {formatBytes(info.size)} · {info.header.length.toLocaleString('en-US')} columns
              </Text>
            </Group>
          </Stack>
        </Group>
        {info.format === 'csv' ? (
          <Group gap="sm" align="flex-start">
            <Select
              label="Text encoding"
              description={how(overrides.encoding)}
              w={240}
              allowDeselect={false}
              disabled={busy}
              data={withCurrent(ENCODING_OPTIONS, info.encoding, encodingLabel)}
              value={info.encoding}
              onChange={(encoding) => encoding && onOverrides({ encoding })}
            />
            <Select
              label="Delimiter"
              description={how(overrides.delimiter)}
              w={170}
              allowDeselect={false}
              disabled={busy}
              data={withCurrent(DELIMITER_OPTIONS, info.delimiter, delimiterLabel)}
              value={info.delimiter}
              onChange={(delimiter) => delimiter && onOverrides({ delimiter })}
            />
            {headerRow}
          </Group>
        ) : (
          <Group gap="sm" align="flex-start">
            <Select
              label="Sheet"
              description={info.sheets.length > 1 ? `${info.sheets.length} sheets in the workbook` : 'The only sheet'}
              w={240}
              allowDeselect={false}
              disabled={busy || info.sheets.length < 2}
              data={info.sheets}
              value={info.sheet}
              onChange={(sheet) => sheet && onOverrides({ sheet, headerRow: 0 })}
            />
            {headerRow}
          </Group>
        )}
      </Group>
    </Paper>
  );
}
