import { Anchor, Badge, Group, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { CrmRecord, FieldDef } from '../api/recordsApi';
import { MASK } from '../types/fieldSchema';
import { formatDate, formatDateTime, formatMoney, recordPath } from '../types/format';
import { formatRefTitles, refEntries, refTitlesOf } from '../types/refTitles';
import { MaskedValue } from './MaskedValue';
import { RefLinks } from './RefLinks';

type RecordCellProps = {
  field: FieldDef;
  record: CrmRecord;
  /** The currency of a money field (its sibling enum's value). */
  currency?: string;
  /** Display names for values (e.g. stage id → stage name). */
  names?: ReadonlyMap<string, string>;
  strong?: boolean;
  /** Wrap long text instead of truncating it (detail page). */
  wrap?: boolean;
};

const Dash = () => (
  <Text span c="dimmed" fz="sm">
    —
  </Text>
);

/** One field's value as text, badge, link(s) or the masked marker. */
export function RecordCell({ field, record, currency, names, strong, wrap }: RecordCellProps) {
  const value = record.values?.[field.name];
  if (record.masked?.includes(field.name) || value === MASK) return <MaskedValue />;
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    return field.type === 'bool' ? null : <Dash />;
  }
  switch (field.type) {
    case 'ref': {
      const title = record.refs?.[field.name] || String(value);
      // relatedId-style refs name their entity in the sibling relatedEntity; users and stages have no pages.
      const target = field.ref || String(record.values?.relatedEntity ?? '');
      if (!target || target === 'users' || target === 'stages') return <Text fz="sm" truncate>{title}</Text>;
      return (
        <Anchor component={Link} to={recordPath(target, String(value))} fz="sm" onClick={(e) => e.stopPropagation()} truncate>
          {title}
        </Anchor>
      );
    }
    case 'refs': {
      // Detail: one link per record; list: the titles on one truncated line.
      const titles = refTitlesOf(record);
      if (wrap) return <RefLinks entity={field.ref} entries={refEntries(value, titles)} />;
      const text = formatRefTitles(value, titles);
      return <Text fz="sm" truncate title={text}>{text}</Text>;
    }
    case 'bool':
      return value ? <IconCheck size={16} aria-label="Yes" color="var(--mantine-color-teal-6)" /> : null;
    case 'money':
      return <Text fz="sm" ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>{formatMoney(Number(value), currency)}</Text>;
    case 'number':
      return <Text fz="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>{Number(value).toLocaleString()}</Text>;
    case 'date':
      return <Text fz="sm">{formatDate(String(value))}</Text>;
    case 'datetime':
      return <Text fz="sm">{formatDateTime(String(value))}</Text>;
    case 'tags': {
      const tags = Array.isArray(value) ? value.map(String) : [String(value)];
      return (
        <Group gap={4} wrap="nowrap">
          {tags.slice(0, 3).map((tag) => (
            <Badge key={tag} size="sm" variant="light" tt="none" fw={500} maw={110}>
              {tag}
            </Badge>
          ))}
          {tags.length > 3 && <Text fz="xs" c="dimmed">+{tags.length - 3}</Text>}
        </Group>
      );
    }
    case 'enum':
      return <Text fz="sm" truncate>{names?.get(String(value)) ?? String(value)}</Text>;
    default:
      return (
        <Text fz="sm" fw={strong ? 600 : undefined} truncate={!wrap} title={wrap ? undefined : String(value)} style={wrap ? { overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' } : undefined}>
          {names?.get(String(value)) ?? String(value)}
        </Text>
      );
  }
}
