import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { alertKeys } from '../api/alertKeys';
import { ALERT_EVENTS, onAlertEvent } from '../api/alertEvents';
import { parseAlertRaised, type AlertRaised } from '../types/alertEventPayload';
import { severityMeta } from '../types/alertMeta';
import { alertPath } from '../types/alertRoutes';

/**
 * Follows the monitor's events for the whole signed-in session: a new alert
 * shows a toast (severity color, title, rule, "View") and refreshes every
 * alert query; a status change only refreshes.
 */
export function useAlertEvents() {
  const client = useQueryClient();
  const navigate = useNavigate();

  useEffect(() => {
    const refresh = () => void client.invalidateQueries({ queryKey: alertKeys.all });
    const offRaised = onAlertEvent(ALERT_EVENTS.raised, (payload) => {
      refresh();
      const alert = parseAlertRaised(payload);
      if (alert) showAlertToast(alert, () => navigate(alertPath(alert.id)));
    });
    const offChanged = onAlertEvent(ALERT_EVENTS.changed, refresh);
    return () => {
      offRaised();
      offChanged();
    };
  }, [client, navigate]);
}

function showAlertToast(alert: AlertRaised, view: () => void) {
  const severity = severityMeta(alert.severity);
  const id = `alert-${alert.id}`;
  notifications.show({
    id,
    color: severity.color,
    title: `${severity.label} alert: ${alert.title}`,
    autoClose: alert.severity === 'critical' ? false : 12_000,
    className: 'fv-alert-toast',
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text fz="sm" c="dimmed" lineClamp={2}>
          {alert.ruleName ? `Rule: ${alert.ruleName}` : 'A security rule fired.'}
        </Text>
        <Button
          size="compact-sm"
          variant="light"
          color={severity.color}
          onClick={() => {
            notifications.hide(id);
            view();
          }}
        >
          View
        </Button>
      </Group>
    ),
  });
}
