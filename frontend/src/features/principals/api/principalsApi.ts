import { CreatePrincipal, Principals, RotateToken } from '../../../../wailsjs/go/service/IntegrationService';
import { List as ListRoles } from '../../../../wailsjs/go/service/RoleService';
import { List as ListTeams } from '../../../../wailsjs/go/service/TeamService';
import { Delete, SetDisabled } from '../../../../wailsjs/go/service/UserService';
import { model } from '../../../../wailsjs/go/models';
import { call } from '@/lib/call';

export type Principal = model.User;
/** A principal and its token: the only time the token is ever returned. */
export type PrincipalToken = model.PrincipalToken;
export type RoleOption = Pick<model.Role, 'id' | 'name'>;
export type TeamOption = Pick<model.Team, 'id' | 'name'>;
export type NewPrincipal = { username: string; displayName: string; roleId: string; teamIds: string[] };

/** The integration principals (users.manage). */
export function listPrincipals(): Promise<Principal[]> {
  return call(async () => (await Principals()) ?? []);
}

/** Adds a principal; its token comes back once. Errors as adding a user: "invalid" naming username/displayName, "forbidden" for a role above the caller's. */
export function createPrincipal(input: NewPrincipal): Promise<PrincipalToken> {
  return call(() => CreatePrincipal(model.NewIntegrationPrincipal.createFrom(input)));
}

/** A new token (the old one stops at once), returned once. "conflict" for a disabled principal. */
export function rotatePrincipalToken(id: string): Promise<PrincipalToken> {
  return call(() => RotateToken(id));
}

/** Disable or enable, as for any account (UserService). */
export function setPrincipalDisabled(id: string, disabled: boolean): Promise<Principal> {
  return call(() => SetDisabled(id, disabled));
}

/** Deletes the account; its audit history stays. */
export function deletePrincipal(id: string): Promise<void> {
  return call(() => Delete(id));
}

/** Roles for the role picker (readable with users.manage). */
export function listRoleOptions(): Promise<RoleOption[]> {
  return call(async () => (await ListRoles()) ?? []);
}

export function listTeamOptions(): Promise<TeamOption[]> {
  return call(async () => (await ListTeams()) ?? []);
}
