import { Effective } from '../../../../wailsjs/go/service/AccessService';
import { List as ListRoles } from '../../../../wailsjs/go/service/RoleService';
import { List as ListTeams } from '../../../../wailsjs/go/service/TeamService';
import { Create, Delete, List, ResetPassword, SetDisabled, Update } from '../../../../wailsjs/go/service/UserService';
import { model } from '../../../../wailsjs/go/models';
import { call } from '@/lib/call';

export type User = model.User;
export type EffectiveAccess = model.EffectiveAccess;
export type RoleOption = Pick<model.Role, 'id' | 'name' | 'builtin'>;
export type TeamOption = Pick<model.Team, 'id' | 'name'>;

export function listUsers(): Promise<User[]> {
  return call(async () => (await List()) ?? []);
}

/** "invalid" naming username/displayName/password, "conflict" for a taken name, "forbidden" for a role above the caller's. */
export function createUser(input: { username: string; displayName: string; roleId: string; teamIds: string[]; password: string }): Promise<User> {
  return call(() => Create(model.NewUser.createFrom(input)));
}

/** Changing one's own role is "forbidden"; demoting the last Administrator is "conflict". */
export function updateUser(input: { id: string; displayName?: string; roleId?: string; teamIds?: string[] }): Promise<User> {
  return call(() => Update(model.UserUpdate.createFrom(input)));
}

export function setUserDisabled(id: string, disabled: boolean): Promise<User> {
  return call(() => SetDisabled(id, disabled));
}

/** The user must change the temporary password at next sign-in. */
export function resetUserPassword(id: string, temporaryPassword: string): Promise<void> {
  return call(() => ResetPassword(id, temporaryPassword));
}

export function deleteUser(id: string): Promise<void> {
  return call(() => Delete(id));
}

export function effectiveAccess(userId: string): Promise<EffectiveAccess> {
  return call(() => Effective(userId));
}

/** Roles for the role picker (readable with users.manage). */
export function listRoleOptions(): Promise<RoleOption[]> {
  return call(async () => (await ListRoles()) ?? []);
}

export function listTeamOptions(): Promise<TeamOption[]> {
  return call(async () => (await ListTeams()) ?? []);
}
