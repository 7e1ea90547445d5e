import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { isManualRun } from '../api/manualRuns';
import { SCHEDULE_EVENTS, onScheduleEvent, parseScheduleFailed } from '../api/scheduleEvents';
import { scheduleKeys } from '../api/scheduleKeys';
import { historyPath } from '../types/scheduleRoutes';

/**
 * Follows the scheduler for the whole signed-in session: a failed run shows
 * a red notification (report, error, "History") and refreshes the list; any
 * finished run refreshes it.
 */
export function useScheduleEvents() {
  const client = useQueryClient();
  const navigate = useNavigate();
  useEffect(() => {
    const refresh = () => void client.invalidateQueries({ queryKey: scheduleKeys.all });
    const offFailed = onScheduleEvent(SCHEDULE_EVENTS.failed, (payload) => {
      refresh();
      const failed = parseScheduleFailed(payload);
      if (!failed || isManualRun(failed.scheduleId)) return; // Run now reports its own outcome
      const id = `schedule-failed-${failed.scheduleId}`;
      notifications.show({
        id,
        color: 'red',
        autoClose: false,
        className: 'fv-schedule-failed',
        title: `Scheduled report failed: ${failed.reportName || 'a report'}`,
        message: (
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <Text fz="sm" c="dimmed" lineClamp={3}>{failed.error || 'The report could not be written.'}</Text>
            <Button
              size="compact-sm"
              variant="light"
              color="red"
              onClick={() => {
                notifications.hide(id);
                navigate(historyPath(failed.scheduleId));
              }}
            >
              History
            </Button>
          </Group>
        ),
      });
    });
    const offChanged = onScheduleEvent(SCHEDULE_EVENTS.changed, refresh);
    return () => {
      offFailed();
      offChanged();
    };
  }, [client, navigate]);
}

