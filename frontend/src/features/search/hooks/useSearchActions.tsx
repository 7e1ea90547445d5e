import type { SpotlightActionGroupData } from '@mantine/spotlight';
import { IconAddressBook, IconBuildingSkyscraper, IconCalendarEvent, IconChecklist, IconFile, IconTargetArrow, IconUserPlus } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { hitPath } from '../types/groupHits';
import { useGlobalSearch } from './useGlobalSearch';

const ICONS: Record<string, typeof IconFile> = {
  contacts: IconAddressBook,
  leads: IconUserPlus,
  companies: IconBuildingSkyscraper,
  deals: IconTargetArrow,
  activities: IconCalendarEvent,
  tasks: IconChecklist,
};

/** Spotlight groups for the record hits of `query`; action ids start with "record:". */
export function useSearchActions(query: string) {
  const navigate = useNavigate();
  const search = useGlobalSearch(query);
  const groups: SpotlightActionGroupData[] = search.groups.map((group) => {
    const Icon = ICONS[group.entity] ?? IconFile;
    return {
      group: group.label,
      actions: group.hits.map((hit) => ({
        id: `record:${hit.entity}:${hit.id}`,
        label: hit.title || '(untitled)',
        description: hit.subtitle,
        leftSection: <Icon size={20} stroke={1.5} />,
        onClick: () => navigate(hitPath(hit)),
      })),
    };
  });
  return { groups, loading: search.loading, failed: !!search.error };
}
