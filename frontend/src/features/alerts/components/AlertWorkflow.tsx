import { Alert as Callout, Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { toAppError } from '@/lib/call';
import { describeError } from '@/lib/errors';
import type { Alert } from '../api/alertsApi';
import { useTransitionAlert } from '../hooks/useAlerts';
import { allowedTransitions, transitionProblem, type TransitionAction } from '../types/transitions';

/**
 * Acknowledge / Resolve / Reopen with a comment (required to resolve). Waits
 * for the server: the status on screen changes only when it has answered.
 */
export function AlertWorkflow({ alert }: { alert: Alert }) {
  const transition = useTransitionAlert();
  const [comment, setComment] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);
  const actions = allowedTransitions(alert.status);
  const resolving = actions.some((action) => action.commentRequired);

  const run = (action: TransitionAction) => {
    const local = transitionProblem(action, comment);
    setFieldError(local);
    setServerError(null);
    if (local) return;
    transition.mutate(
      { id: alert.id, status: action.to, comment: comment.trim() },
      {
        onError: (raw) => {
          const error = toAppError(raw);
          if (error.fields?.comment) setFieldError(error.fields.comment);
          else setServerError(describeError(error));
        },
      },
    );
  };

  if (actions.length === 0) return null;
  return (
    <Stack gap="sm">
      <Title order={4} fz="sm">
        Review
      </Title>
      <Textarea
        label="Comment"
        description={resolving ? 'Required to resolve: what you found and what you did.' : 'Optional: add a note for the history.'}
        placeholder="e.g. Confirmed with the user; password was reset."
        autosize
        minRows={3}
        maxRows={8}
        value={comment}
        onChange={(event) => {
          setComment(event.currentTarget.value);
          setFieldError(null);
        }}
        error={fieldError}
        disabled={transition.isPending}
      />
      {serverError ? (
        <Callout color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
          {serverError}
        </Callout>
      ) : null}
      <Group gap="sm">
        {actions.map((action) => (
          <Button
            key={action.to}
            variant={action.to === 'resolved' ? 'filled' : 'light'}
            color={action.to === 'resolved' ? 'teal' : undefined}
            loading={transition.isPending && transition.variables?.status === action.to}
            disabled={transition.isPending && transition.variables?.status !== action.to}
            onClick={() => run(action)}
          >
            {action.label}
          </Button>
        ))}
      </Group>
      {alert.status === 'resolved' ? (
        <Text fz="xs" c="dimmed">
          Reopen the alert if the activity continues or the resolution was wrong.
        </Text>
      ) : null}
    </Stack>
  );
}
