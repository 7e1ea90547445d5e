import { Anchor, Text } from '@mantine/core';
import { Fragment } from 'react';
import { Link } from 'react-router';
import { recordPath } from '../types/format';
import type { RefEntry } from '../types/refTitles';

type RefLinksProps = {
  /** The entity the linked records belong to; "" (or users, stages) shows titles without links. */
  entity: string;
  entries: readonly RefEntry[];
};

const NO_PAGES = new Set(['', 'users', 'stages']);

/** The records a refs field links to, comma-separated, each opening its record; hidden ones are plain text. */
export function RefLinks({ entity, entries }: RefLinksProps) {
  return (
    <Text fz="sm" style={{ overflowWrap: 'anywhere' }}>
      {entries.map((e, i) => (
        <Fragment key={e.id}>
          {i > 0 && ', '}
          {e.hidden ? (
            <Text span fz="sm" c="dimmed" fs="italic">{e.title}</Text>
          ) : NO_PAGES.has(entity) ? (
            e.title
          ) : (
            <Anchor component={Link} to={recordPath(entity, e.id)} fz="sm" onClick={(ev) => ev.stopPropagation()}>
              {e.title}
            </Anchor>
          )}
        </Fragment>
      ))}
    </Text>
  );
}
