import { Badge, Group, Text } from '@mantine/core';

type TeamBadgesProps = {
  teamIds: readonly string[] | null | undefined;
  /** Team names by id; a team missing from it shows as "Unknown team". */
  teamName: ReadonlyMap<string, string>;
};

/** An account's teams as badges, or a dash when it has none. */
export function TeamBadges({ teamIds, teamName }: TeamBadgesProps) {
  const ids = teamIds ?? [];
  return (
    <Group gap={4}>
      {ids.map((id) => (
        <Badge key={id} variant="default" tt="none" fw={500} radius="sm">
          {teamName.get(id) ?? 'Unknown team'}
        </Badge>
      ))}
      {ids.length === 0 ? <Text span c="dimmed" fz="sm">—</Text> : null}
    </Group>
  );
}
