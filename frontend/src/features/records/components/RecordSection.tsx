import { Alert, Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { describeError } from '@/lib/errors';
import { useSchema } from '../hooks/useSchema';
import type { RecordFormWarning } from '../types/formWarning';
import { RecordDetailPage } from './RecordDetailPage';
import { RecordListPage } from './RecordListPage';
import { RecordNotFound } from './RecordNotFound';

/** Panels another feature adds under a record's timeline (the app passes the audit panel). */
export type RecordAside = (entity: string, id: string) => ReactNode;

type RecordSectionProps = {
  entity: string;
  aside?: RecordAside;
  /** Shown in the create/edit form while the person types (the app passes the duplicate warning). */
  formWarning?: RecordFormWarning;
};

/** /<entity> lists records; /<entity>/:id shows one. The schema says which fields exist. */
export function RecordSection({ entity: name, aside, formWarning }: RecordSectionProps) {
  const { id } = useParams();
  const schema = useSchema();
  if (schema.isPending) return <Center mih={300}><Loader /></Center>;
  if (schema.isError) return <Alert color="red" variant="light" title="Could not load the record types">{describeError(schema.error)}</Alert>;
  const entity = schema.entity(name);
  if (!entity) return <RecordNotFound entity={name} />;
  return id ? (
    <RecordDetailPage key={id} entity={entity} id={id} aside={aside?.(name, id)} formWarning={formWarning} />
  ) : (
    <RecordListPage key={name} entity={entity} formWarning={formWarning} />
  );
}
