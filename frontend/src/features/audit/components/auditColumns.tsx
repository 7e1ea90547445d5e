import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { AuditRow } from '../api/auditApi';
import { actorLabel, formatAuditTime, formatListTime, objectLabel } from '../types/auditFormat';
import { CategoryBadge } from './CategoryBadge';
import { OutcomeBadge } from './OutcomeBadge';

/** One column of the audit list: a fixed share of the width and how a row renders in it. */
export type AuditColumn = { id: string; header: string; width: number; render: (row: AuditRow) => ReactNode };

const line = (text: string, props: { c?: string; ff?: string } = {}) => (
  <Text fz="sm" truncate="end" title={text} {...props}>{text}</Text>
);

/** The audit list's columns, left to right. */
export const AUDIT_COLUMNS: readonly AuditColumn[] = [
  { id: 'at', header: 'Time', width: 175, render: (r) => <Text fz="sm" truncate="end" title={formatAuditTime(r.at)}>{formatListTime(r.at)}</Text> },
  {
    id: 'user', header: 'User', width: 180,
    render: (r) => (
      <Text fz="sm" truncate="end" title={r.actorRole ? `${actorLabel(r)} (${r.actorRole})` : actorLabel(r)}>
        {actorLabel(r)}
        {r.actorRole ? <Text span c="dimmed" fz="xs"> ({r.actorRole})</Text> : null}
      </Text>
    ),
  },
  { id: 'category', header: 'Category', width: 115, render: (r) => <CategoryBadge category={r.category} /> },
  { id: 'action', header: 'Action', width: 160, render: (r) => line(r.action, { ff: 'monospace' }) },
  { id: 'object', header: 'Object', width: 185, render: (r) => line(objectLabel(r)) },
  { id: 'outcome', header: 'Outcome', width: 100, render: (r) => <OutcomeBadge outcome={r.outcome} /> },
  { id: 'rows', header: 'Rows', width: 60, render: (r) => line(r.rows > 0 ? r.rows.toLocaleString('en-US') : '—', { c: r.rows > 0 ? undefined : 'dimmed' }) },
];
