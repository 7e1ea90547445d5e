/**
 * Whether the session may back up the workspace: only administrators (the
 * backend's rbac.IsAdministrator, sent as SessionInfo.administrator). The
 * frontend only hides the tab; the backend refuses everyone else.
 */
export function canBackUp(session: { administrator?: boolean } | null | undefined): boolean {
  return session?.administrator === true;
}
