/** Accounts are people, or integration principals (scripts signing in with a token; backend model.UserIntegration). */
export function isIntegration(user: { kind?: string }): boolean {
  return user.kind === 'integration';
}
