import type { Scope } from '@/lib/permissions';

export type Matrix = Record<string, Record<string, Scope>>;
type GrantLike = { entity: string; action: string; scope: string };

/** Every entity × action cell, "none" where the role has no grant. */
export function grantsToMatrix(grants: readonly GrantLike[] | null | undefined, entities: readonly string[], actions: readonly string[]): Matrix {
  const matrix: Matrix = {};
  for (const entity of entities) {
    matrix[entity] = {};
    for (const action of actions) matrix[entity][action] = 'none';
  }
  for (const grant of grants ?? []) {
    if (matrix[grant.entity] && grant.action in matrix[grant.entity]) matrix[grant.entity][grant.action] = grant.scope as Scope;
  }
  return matrix;
}

/** The full matrix back as grants (none included, as the backend sends them). */
export function matrixToGrants(matrix: Matrix): GrantLike[] {
  return Object.entries(matrix).flatMap(([entity, row]) => Object.entries(row).map(([action, scope]) => ({ entity, action, scope })));
}

export function sameMatrix(a: Matrix, b: Matrix): boolean {
  return JSON.stringify(matrixToGrants(a)) === JSON.stringify(matrixToGrants(b));
}

export function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}
