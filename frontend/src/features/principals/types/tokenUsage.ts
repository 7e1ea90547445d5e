/** Quotes a shell argument only when it needs it (POSIX single quotes). */
export function shellArg(value: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(value)) return value;
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/**
 * How a script uses the token: the command line of an import as the
 * principal. The token itself is left out ("…"): it belongs in the
 * script's secret store, not in a shell history.
 */
export function tokenUsageLine(username: string, workspaceDir = ''): string {
  return `FIELDVAULT_TOKEN=… fieldvault import FILE --user ${shellArg(username || 'NAME')} --entity contacts --workspace ${workspaceDir ? shellArg(workspaceDir) : 'DIR'}`;
}

