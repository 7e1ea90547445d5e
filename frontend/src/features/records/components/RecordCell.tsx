import { Anchor, Badge, Group, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { CrmRecord, FieldDef } from '../api/recordsApi';
import { MASK } from '../types/fieldSchema';
import { formatDate, formatDateTime, formatMoney, formatNumber, recordPath } from '../types/format';
import { formatRefTitles, refEntries, refTitlesOf } from '../types/refTitles';
import classes from './RecordCell.module.css';
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

const Dash = () => <span className={`${classes.text} ${classes.dimmed}`}>—</span>;

/** A paragraph of small text (Mantine's <Text fz="sm">, as plain markup: lists render many). */
function CellText({ children, extra = '', title }: { children: ReactNode; extra?: string; title?: string }) {
  return (
    <p className={extra ? `${classes.text} ${extra}` : classes.text} title={title}>
      {children}
    </p>
  );
}

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
      if (!target || target === 'users' || target === 'stages') return <CellText extra={classes.truncate}>{title}</CellText>;
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
      return <CellText extra={classes.truncate} title={text}>{text}</CellText>;
    }
    case 'bool':
      return value ? <IconCheck size={16} aria-label="Yes" color="var(--mantine-color-teal-6)" /> : null;
    case 'money':
      return <CellText extra={`${classes.right} ${classes.num}`}>{formatMoney(Number(value), currency)}</CellText>;
    case 'number':
      return <CellText extra={classes.num}>{formatNumber(Number(value))}</CellText>;
    case 'date':
      return <CellText>{formatDate(String(value))}</CellText>;
    case 'datetime':
      return <CellText>{formatDateTime(String(value))}</CellText>;
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
      return <CellText extra={classes.truncate}>{names?.get(String(value)) ?? String(value)}</CellText>;
    default:
      return (
        <CellText extra={`${strong ? classes.strong : ''} ${wrap ? classes.wrap : classes.truncate}`} title={wrap ? undefined : String(value)}>
          {names?.get(String(value)) ?? String(value)}
        </CellText>
      );
  }
}
