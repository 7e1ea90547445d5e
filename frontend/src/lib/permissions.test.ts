import { describe, expect, it } from 'vitest';
import { adminTabs, canSeeSection, scopeOf, visibleSections, type SessionAccess } from './permissions';

type G = { entity: string; action: string; scope: string };
const grants = (entries: Array<[string, string, string]>): G[] => entries.map(([entity, action, scope]) => ({ entity, action, scope }));
const session = (permissions: string[], g: G[] = []) => ({ permissions, grants: g }) as SessionAccess;

const ALL_ENTITIES = ['contacts', 'companies', 'deals', 'activities'];
const admin = session(
  ['reports.view', 'dashboards.view', 'audit.view', 'alerts.manage', 'users.manage', 'roles.manage', 'settings.manage'],
  grants(ALL_ENTITIES.map((e) => [e, 'read', 'all'])),
);
const rep = session(['reports.view'], grants([
  ['contacts', 'read', 'own'], ['companies', 'read', 'team'], ['deals', 'read', 'own'], ['activities', 'read', 'none'],
  ['activities', 'create', 'own'],
]));

describe('visibleSections', () => {
  const cases: Array<{ name: string; session: SessionAccess | undefined; want: string[] }> = [
    { name: 'administrator sees everything', session: admin, want: [...ALL_ENTITIES, 'duplicates', 'reports', 'dashboards', 'audit', 'integrations', 'alerts', 'admin'] },
    { name: 'rep: read scope none hides activities even with create', session: rep, want: ['contacts', 'companies', 'deals', 'reports'] },
    { name: 'nobody signed in', session: undefined, want: [] },
    { name: 'only settings.manage opens Admin and the integration log', session: session(['settings.manage']), want: ['duplicates', 'integrations', 'admin'] },
    { name: 'roles.manage opens Admin', session: session(['roles.manage']), want: ['admin'] },
    { name: 'audit only: the audit and integration logs', session: session(['audit.view']), want: ['audit', 'integrations'] },
    { name: 'data.import opens Import and the integration log', session: session(['data.import']), want: ['imports', 'integrations'] },
    {
      name: 'data.import with update scope also finds and merges duplicates',
      session: session(['data.import'], grants([['leads', 'update', 'team']])),
      want: ['imports', 'duplicates', 'integrations'],
    },
    { name: 'data.export alone opens the integration log (own runs)', session: session(['data.export']), want: ['integrations'] },
    { name: 'alerts and dashboards', session: session(['alerts.manage', 'dashboards.view']), want: ['dashboards', 'alerts'] },
    { name: 'null arrays from Go', session: { permissions: null, grants: null } as unknown as SessionAccess, want: [] },
  ];
  it.each(cases)('$name', ({ session: s, want }) => {
    expect(visibleSections(s)).toEqual(want);
  });
});

describe('adminTabs', () => {
  it.each([
    [['users.manage'], ['users', 'teams']],
    [['roles.manage'], ['roles']],
    [['settings.manage'], ['pipeline', 'security']],
    [['users.manage', 'roles.manage', 'settings.manage'], ['users', 'roles', 'teams', 'pipeline', 'security']],
    [['reports.view'], []],
  ])('%j → %j', (perms, want) => {
    expect(adminTabs(session(perms))).toEqual(want);
  });
});

describe('scopeOf / canSeeSection', () => {
  it('defaults to none', () => {
    expect(scopeOf(rep, 'leads')).toBe('none');
    expect(scopeOf(rep, 'contacts', 'delete')).toBe('none');
  });
  it('leads and tasks are sections of their own', () => {
    const s = session([], grants([['leads', 'read', 'own'], ['tasks', 'read', 'team']]));
    expect(visibleSections(s)).toEqual(['leads', 'tasks']);
  });
  it('reads the grant', () => {
    expect(scopeOf(rep, 'companies')).toBe('team');
    expect(canSeeSection(rep, 'admin')).toBe(false);
  });
});
