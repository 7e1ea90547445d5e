import {
  IconAddressBook,
  IconArrowMerge,
  IconBuildingSkyscraper,
  IconCalendarEvent,
  IconChartBar,
  IconChecklist,
  IconFileImport,
  IconHistory,
  IconLayoutDashboard,
  IconPlugConnected,
  IconSettings,
  IconShieldExclamation,
  IconTargetArrow,
  IconUserPlus,
  type Icon,
} from '@tabler/icons-react';
import type { SectionId } from '@/lib/permissions';

export type { SectionId };

export type Section = {
  id: SectionId;
  /** Where the section lives; usually `/<id>`, but the alerts section is `/security`. */
  path: `/${string}`;
  label: string;
  icon: Icon;
  /** Words the command palette also matches. */
  keywords: string[];
  /** Empty-state copy until the section ships. */
  emptyTitle: string;
  emptyDescription: string;
};

export const SECTIONS: readonly Section[] = [
  {
    id: 'contacts',
    path: '/contacts',
    label: 'Contacts',
    icon: IconAddressBook,
    keywords: ['people', 'person', 'customers'],
    emptyTitle: 'No contacts yet',
    emptyDescription:
      'The people you work with — names, emails, phones and every interaction — will be listed and filterable here. Adding and importing contacts arrives with a coming release.',
  },
  {
    id: 'leads',
    path: '/leads',
    label: 'Leads',
    icon: IconUserPlus,
    keywords: ['prospects', 'inbound', 'convert'],
    emptyTitle: 'No leads yet',
    emptyDescription: 'People who may become customers, until you convert them into a contact, company and deal.',
  },
  {
    id: 'companies',
    path: '/companies',
    label: 'Companies',
    icon: IconBuildingSkyscraper,
    keywords: ['accounts', 'organisations', 'organizations'],
    emptyTitle: 'No companies yet',
    emptyDescription:
      'Organisations with their contacts, open deals and history in one place. Company records arrive with a coming release.',
  },
  {
    id: 'deals',
    path: '/deals',
    label: 'Deals',
    icon: IconTargetArrow,
    keywords: ['pipeline', 'opportunities', 'sales'],
    emptyTitle: 'No deals yet',
    emptyDescription:
      'Your pipeline, stage by stage, with values and expected close dates. Deals and the pipeline board arrive with a coming release.',
  },
  {
    id: 'activities',
    path: '/activities',
    label: 'Activities',
    icon: IconCalendarEvent,
    keywords: ['tasks', 'calls', 'meetings', 'notes'],
    emptyTitle: 'No activities yet',
    emptyDescription:
      'Calls, meetings, tasks and notes on a timeline, with what is due today at the top. Activities arrive with a coming release.',
  },
  {
    id: 'tasks',
    path: '/tasks',
    label: 'Tasks',
    icon: IconChecklist,
    keywords: ['to do', 'todo', 'due', 'follow up'],
    emptyTitle: 'No tasks yet',
    emptyDescription: 'Follow-ups with due dates and owners, so nothing slips.',
  },
  {
    id: 'imports',
    path: '/imports',
    label: 'Import',
    icon: IconFileImport,
    keywords: ['import', 'csv', 'excel', 'upload', 'spreadsheet', 'revert'],
    emptyTitle: 'No imports yet',
    emptyDescription: 'Bring contacts, companies, leads and deals in from CSV files or Excel workbooks, with a dry run first.',
  },
  {
    id: 'duplicates',
    path: '/duplicates',
    label: 'Duplicates',
    icon: IconArrowMerge,
    keywords: ['dedupe', 'deduplicate', 'merge', 'same', 'double'],
    emptyTitle: 'No duplicates found',
    emptyDescription: 'Find contacts, leads and companies that are the same, and merge them.',
  },
  {
    id: 'reports',
    path: '/reports',
    label: 'Reports',
    icon: IconChartBar,
    keywords: ['analytics', 'export', 'excel'],
    emptyTitle: 'No reports yet',
    emptyDescription:
      'Build tables and charts from your CRM data and export them to Excel. Reports arrive with a coming release.',
  },
  {
    id: 'dashboards',
    path: '/dashboards',
    label: 'Dashboards',
    icon: IconLayoutDashboard,
    keywords: ['charts', 'kpi', 'overview'],
    emptyTitle: 'No dashboards yet',
    emptyDescription:
      'Pin reports side by side to follow pipeline and activity at a glance. Dashboards arrive with a coming release.',
  },
  {
    id: 'audit',
    path: '/audit',
    label: 'Audit',
    icon: IconHistory,
    keywords: ['log', 'history', 'compliance'],
    emptyTitle: 'The audit trail starts here',
    emptyDescription:
      'Every sign-in, change, view and export, hash-chained so tampering shows: filter, search, verify and export it.',
  },
  {
    id: 'integrations',
    path: '/integrations',
    label: 'Integration log',
    icon: IconPlugConnected,
    keywords: ['runs', 'imports', 'exports', 'backups', 'jobs', 'retry', 'failed'],
    emptyTitle: 'No runs yet',
    emptyDescription: 'Every import, export, scheduled report and backup, with who ran it, when and how it went.',
  },
  {
    id: 'alerts',
    path: '/security',
    label: 'Security',
    icon: IconShieldExclamation,
    keywords: ['alerts', 'suspicious', 'monitor', 'dashboard', 'rules', 'failed sign-ins'],
    emptyTitle: 'No alerts',
    emptyDescription: 'Unusual activity, such as mass exports or sign-ins at odd hours, is flagged here for review.',
  },
  {
    id: 'admin',
    path: '/admin',
    label: 'Admin',
    icon: IconSettings,
    keywords: ['settings', 'security', 'passphrase', 'keychain', 'users', 'roles', 'teams', 'permissions'],
    emptyTitle: 'Admin',
    emptyDescription: 'Users, roles, teams and workspace security.',
  },
];

export const DEFAULT_SECTION_PATH = '/contacts';

/** The sections among `ids`, in sidebar order. */
export function sectionsFor(ids: readonly SectionId[]): Section[] {
  return SECTIONS.filter((section) => ids.includes(section.id));
}
