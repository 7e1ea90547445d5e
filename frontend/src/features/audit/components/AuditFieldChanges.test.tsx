import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FieldChange } from '../api/auditApi';
import { renderAudit } from '../test/renderAudit';
import { AuditFieldChanges } from './AuditFieldChanges';

const change = (field: string, before: unknown, after: unknown, masked = false) => ({ field, before, after, masked }) as FieldChange;

describe('AuditFieldChanges', () => {
  it('shows before → after, and masked values only as ••••', () => {
    renderAudit(<AuditFieldChanges changes={[change('title', 'Buyer', 'Head of Procurement'), change('iban', 'ES91 secret', null, true)]} />);
    expect(screen.getByText('Buyer')).toBeInTheDocument();
    expect(screen.getByText('Head of Procurement')).toBeInTheDocument();
    expect(screen.getAllByLabelText('masked value')).toHaveLength(2);
    expect(screen.getByText('masked')).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('ES91');
  });
  it('says when there are none', () => {
    renderAudit(<AuditFieldChanges changes={[]} />);
    expect(screen.getByText('No field changes in this entry.')).toBeInTheDocument();
  });
});
