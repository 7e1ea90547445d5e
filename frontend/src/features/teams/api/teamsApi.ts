import { Create, Delete, List, Rename } from '../../../../wailsjs/go/service/TeamService';
import type { model } from '../../../../wailsjs/go/models';
import { call } from '@/lib/call';

export type Team = model.Team;

export function listTeams(): Promise<Team[]> {
  return call(async () => (await List()) ?? []);
}

/** "conflict" for a taken name, "invalid" (field name) for a bad one. Needs users.manage. */
export function createTeam(name: string): Promise<Team> {
  return call(() => Create(name));
}

export function renameTeam(id: string, name: string): Promise<Team> {
  return call(() => Rename(id, name));
}

/** Members leave the team; their team-scoped access narrows at once. */
export function deleteTeam(id: string): Promise<void> {
  return call(() => Delete(id));
}
