const ENTITY_LABELS: Record<string, string> = {
  contacts: 'Contacts',
  companies: 'Companies',
  leads: 'Leads',
  deals: 'Deals',
  activities: 'Activities',
  tasks: 'Tasks',
};

const ACTION_LABELS: Record<string, string> = { read: 'Read', create: 'Create', update: 'Update', delete: 'Delete' };

const SCOPE_LABELS: Record<string, string> = { none: 'None', own: 'Own', team: 'Team', all: 'All' };

const SCOPE_COLORS: Record<string, string> = { none: 'gray', own: 'blue', team: 'violet', all: 'teal' };

export const SCOPE_HINTS: Record<string, string> = {
  none: 'No access',
  own: 'Only records they own',
  team: 'Records owned by anyone in their teams',
  all: 'Every record',
};

const titleCase = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);

export const entityLabel = (entity: string) => ENTITY_LABELS[entity] ?? titleCase(entity);
export const actionLabel = (action: string) => ACTION_LABELS[action] ?? titleCase(action);
export const scopeLabel = (scope: string) => SCOPE_LABELS[scope] ?? titleCase(scope);
export const scopeColor = (scope: string) => SCOPE_COLORS[scope] ?? 'gray';
