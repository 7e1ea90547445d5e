import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { fetchCatalog, fetchRecordTypes } from '../api/reportsApi';
import { reportKeys } from '../api/reportKeys';
import type { CatalogField } from '../types/reportTypes';

const NO_FIELDS: CatalogField[] = [];

/** The report catalog; fieldsOf(entity) are the fields a report on it may use ([] while loading). */
export function useCatalog() {
  const query = useQuery({ queryKey: reportKeys.catalog, queryFn: fetchCatalog, staleTime: 5 * 60_000 });
  const byEntity = useMemo(() => new Map((query.data ?? []).map((e) => [e.entity, e])), [query.data]);
  return { ...query, entities: query.data ?? [], entity: (name: string) => byEntity.get(name), fieldsOf: (name: string) => byEntity.get(name)?.fields ?? NO_FIELDS };
}

/** Enum options of a report field key ("region", "company.region"): from the record schema of the entity it lives on. */
export function useEnumOptions() {
  const query = useQuery({ queryKey: reportKeys.recordTypes, queryFn: fetchRecordTypes, staleTime: 5 * 60_000 });
  return useMemo(() => {
    const types = new Map((query.data ?? []).map((t) => [t.name, t]));
    return (entity: string, key: string): string[] => {
      const [prefix, rest] = key.includes('.') ? key.split('.', 2) : ['', key];
      const target = prefix ? JOINED_ENTITY[prefix] : entity;
      return types.get(target ?? '')?.fields.find((f) => f.name === rest)?.options ?? [];
    };
  }, [query.data]);
}

/** Joined field prefixes of the catalog and the record type they read (backend/report/catalog.go). */
const JOINED_ENTITY: Record<string, string> = { company: 'companies', lead: 'leads', deal: 'deals' };
