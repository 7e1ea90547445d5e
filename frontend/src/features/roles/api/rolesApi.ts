import { Catalog, Create, Delete, List, Rename, SetPermissions } from '../../../../wailsjs/go/service/RoleService';
import { model } from '../../../../wailsjs/go/models';
import { call } from '@/lib/call';

export type Role = model.Role;
export type Grant = model.Grant;
export type PermissionCatalog = model.PermissionCatalog;

export function getCatalog(): Promise<PermissionCatalog> {
  return call(() => Catalog());
}

export function listRoles(): Promise<Role[]> {
  return call(async () => (await List()) ?? []);
}

/** Empty or copied from input.copyFrom (whose grants the caller must hold: "forbidden"). */
export function createRole(input: { name: string; description: string; copyFrom: string }): Promise<Role> {
  return call(() => Create(model.RoleInput.createFrom(input)));
}

export function renameRole(id: string, name: string, description: string): Promise<Role> {
  return call(() => Rename(id, name, description));
}

/**
 * Replaces the matrix and advanced permissions. "forbidden" when granting more than the caller holds,
 * "conflict" for the built-in Administrator or a change that would leave no active Administrator.
 */
export function setRolePermissions(roleId: string, grants: Grant[], advanced: string[]): Promise<Role> {
  return call(() => SetPermissions(model.RolePermissions.createFrom({ roleId, grants, advanced })));
}

/** "conflict" for built-in roles or roles someone holds. */
export function deleteRole(id: string): Promise<void> {
  return call(() => Delete(id));
}
