import { DataList, Text } from '@mantine/core';
import type { Alert } from '../api/alertsApi';
import { formatDateTime } from '../types/formatDate';

/** The facts of an alert: rule, subject, when, and what the rule already did. */
export function AlertFacts({ alert }: { alert: Alert }) {
  const facts: [string, string][] = [
    ['Rule', alert.ruleName || alert.ruleId],
    ['About', alert.subjectName || 'The whole workspace'],
    ['Raised', formatDateTime(alert.createdAt)],
    ['Last change', formatDateTime(alert.updatedAt)],
    ['Action taken', alert.actionTaken || 'None: alert only'],
  ];
  return (
    <DataList>
      {facts.map(([label, value]) => (
        <DataList.Item key={label}>
          <DataList.ItemLabel>{label}</DataList.ItemLabel>
          <DataList.ItemValue>
            <Text fz="sm">{value}</Text>
          </DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}
