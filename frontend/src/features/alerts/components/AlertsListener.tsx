import { useAlertEvents } from '../hooks/useAlertEvents';

/** Mount once in the signed-in shell (for alerts.manage users): toasts and refreshes on alert events. */
export function AlertsListener() {
  useAlertEvents();
  return null;
}
