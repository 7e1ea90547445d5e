import { Badge, Center, EmptyState, Stack, Title } from '@mantine/core';
import type { Section } from '../types/sections';

type SectionPlaceholderProps = { section: Section };

/** The page of a section that has not shipped yet: what will be there, and that it is coming. */
export function SectionPlaceholder({ section }: SectionPlaceholderProps) {
  const SectionIcon = section.icon;
  return (
    <Stack gap="lg" h="100%">
      <Title order={2} fz={22}>
        {section.label}
      </Title>
      <Center style={{ flex: 1 }} mih={420}>
        <EmptyState
          maw={520}
          size="lg"
          variant="light"
          icon={<SectionIcon size={34} stroke={1.5} />}
          title={section.emptyTitle}
          description={section.emptyDescription}
        >
          <EmptyState.Actions>
            <Badge variant="default" size="lg" radius="sm" fw={500} tt="none">
              Coming in a future release
            </Badge>
          </EmptyState.Actions>
        </EmptyState>
      </Center>
    </Stack>
  );
}
