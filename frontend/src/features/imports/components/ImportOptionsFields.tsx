import { Checkbox, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { COMPANY_CREATING, type ImportSettings } from '../types/importSettings';
import type { DateOrderSetting, DecimalSetting, ImportEntity, ImportFileInfo } from '../types/importTypes';

type ImportOptionsFieldsProps = {
  entity: ImportEntity;
  /** The value types of the mapped fields: a guess is only shown for formats the file uses. */
  types: ReadonlySet<string>;
  info: Pick<ImportFileInfo, 'decimalGuess' | 'dateOrderGuess'>;
  settings: ImportSettings;
  onSettings: (patch: Partial<ImportSettings>) => void;
};

const AUTO = 'auto';
const DECIMAL_EXAMPLE: Record<string, string> = { '.': '1,234.56', ',': '1.234,56' };
const DATE_EXAMPLE: Record<string, string> = { dmy: 'day-month', mdy: 'month-day' };

/** How numbers and dates are read, and what to do with likely duplicates and unknown companies. */
export function ImportOptionsFields({ entity, types, info, settings, onSettings }: ImportOptionsFieldsProps) {
  const numbers = types.has('number') || types.has('money');
  const dates = types.has('date') || types.has('datetime');
  const decimalAuto = numbers && DECIMAL_EXAMPLE[info.decimalGuess] ? `Automatic (looks like ${DECIMAL_EXAMPLE[info.decimalGuess]})` : 'Automatic';
  const dateAuto = dates && DATE_EXAMPLE[info.dateOrderGuess] ? `Automatic (looks like ${DATE_EXAMPLE[info.dateOrderGuess]})` : 'Automatic';
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <div>
          <Title order={3} fz="sm">Reading the values</Title>
          <Text fz="xs" c="dimmed">
            {numbers || dates ? 'Automatic decides per column from its values.' : 'No number or date columns are mapped, so these do not matter here.'}
          </Text>
        </div>
        <Select
          label="Decimal separator"
          allowDeselect={false}
          data={[
            { value: AUTO, label: decimalAuto },
            { value: '.', label: 'Point: 1,234.56' },
            { value: ',', label: 'Comma: 1.234,56' },
          ]}
          value={settings.decimal || AUTO}
          onChange={(value) => onSettings({ decimal: (value === AUTO || !value ? '' : value) as DecimalSetting })}
        />
        <Select
          label="Date order"
          allowDeselect={false}
          data={[
            { value: AUTO, label: dateAuto },
            { value: 'dmy', label: 'Day-month: 31/12/2026' },
            { value: 'mdy', label: 'Month-day: 12/31/2026' },
          ]}
          value={settings.dateOrder || AUTO}
          onChange={(value) => onSettings({ dateOrder: (value === AUTO || !value ? '' : value) as DateOrderSetting })}
        />
        <Checkbox
          label="Skip likely duplicates"
          description="New rows that look like an existing record or an earlier row are skipped and reported. Off: they are created and only reported."
          checked={settings.skipDuplicates}
          onChange={(e) => onSettings({ skipDuplicates: e.currentTarget.checked })}
        />
        {COMPANY_CREATING.has(entity) ? (
          <Checkbox
            label="Create missing companies"
            description="A company name that matches no company becomes a new company. Off: such rows are invalid."
            checked={settings.createCompanies}
            onChange={(e) => onSettings({ createCompanies: e.currentTarget.checked })}
          />
        ) : null}
      </Stack>
    </Paper>
  );
}
