import type { AlertStatus } from './alertMeta';

/** One workflow step the UI may offer from a status. */
export type TransitionAction = { to: AlertStatus; label: string; commentRequired: boolean };

const ACKNOWLEDGE: TransitionAction = { to: 'acknowledged', label: 'Acknowledge', commentRequired: false };
const RESOLVE: TransitionAction = { to: 'resolved', label: 'Resolve', commentRequired: true };
const REOPEN: TransitionAction = { to: 'open', label: 'Reopen', commentRequired: false };

/**
 * The steps allowed from `status` (the backend checks them again):
 * open → acknowledged or resolved, acknowledged → resolved, resolved → open.
 * Unknown statuses allow nothing.
 */
export function allowedTransitions(status: string): TransitionAction[] {
  switch (status) {
    case 'open':
      return [ACKNOWLEDGE, RESOLVE];
    case 'acknowledged':
      return [RESOLVE];
    case 'resolved':
      return [REOPEN];
    default:
      return [];
  }
}

/** Why the step cannot be sent yet, or null when it can (a resolve needs a comment). */
export function transitionProblem(action: TransitionAction, comment: string): string | null {
  if (action.commentRequired && comment.trim() === '') return 'Say how the alert was resolved: a comment is required.';
  if (comment.length > 2000) return 'Keep the comment under 2,000 characters.';
  return null;
}
