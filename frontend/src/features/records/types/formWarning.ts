import type { ReactNode } from 'react';

/**
 * A notice another feature shows in the create/edit form while the person
 * types (the app passes the duplicate warning): the entity, the form's
 * values as RecordInput.values would carry them, and the record being
 * edited (none while creating).
 */
export type RecordFormWarning = (entity: string, values: Record<string, unknown>, recordId?: string) => ReactNode;
