import { Text, Timeline, Title } from '@mantine/core';
import type { AlertComment } from '../api/alertsApi';
import { statusMeta } from '../types/alertMeta';
import { formatDateTime } from '../types/formatDate';

/** The alert's workflow, oldest first: each step's status, who and when, and the comment. */
export function AlertHistory({ comments }: { comments: readonly AlertComment[] }) {
  return (
    <div>
      <Title order={4} fz="sm" mb="sm">
        History
      </Title>
      {comments.length === 0 ? (
        <Text fz="sm" c="dimmed">
          Nobody has reviewed this alert yet.
        </Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2} active={comments.length - 1} aria-label="Alert history">
          {comments.map((step, index) => {
            const meta = statusMeta(step.status);
            return (
              <Timeline.Item key={`${step.at}-${index}`} color={meta.color} title={<Text fz="sm" fw={600}>{meta.label}</Text>}>
                <Text fz="xs" c="dimmed">
                  {step.name || step.userId || 'System'} · {formatDateTime(step.at)}
                </Text>
                {step.text ? (
                  <Text fz="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                    {step.text}
                  </Text>
                ) : null}
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
    </div>
  );
}
