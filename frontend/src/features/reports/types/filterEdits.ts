import { operandKind, operatorsFor } from './operators';
import type { CatalogField, ReportFilter } from './reportTypes';

/** A new, empty condition. */
export function blankFilter(): ReportFilter {
  return { field: '', op: '' };
}

/**
 * The filter after choosing another field: the condition stays when the new
 * field accepts it (and the operand when the type is the same), else it
 * becomes the field's first condition with no operand.
 */
export function withField(filter: ReportFilter, field: CatalogField | undefined, previous: CatalogField | undefined): ReportFilter {
  if (!field) return { field: '', op: '' };
  const ops = operatorsFor(field);
  if (ops.includes(filter.op)) {
    const sameType = previous?.type === field.type;
    if (sameType) return { ...filter, field: field.key };
    const next: ReportFilter = { field: field.key, op: filter.op };
    if (operandKind(filter.op) === 'days') next.n = filter.n;
    return next;
  }
  const op = ops[0] ?? '';
  return operandKind(op) === 'days' ? { field: field.key, op, n: 30 } : { field: field.key, op };
}
