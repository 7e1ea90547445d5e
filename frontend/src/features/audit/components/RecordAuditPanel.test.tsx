import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { listAudit, type AuditRow } from '../api/auditApi';
import { renderAudit } from '../test/renderAudit';
import { RecordAuditPanel } from './RecordAuditPanel';

vi.mock('../api/auditApi', () => ({ listAudit: vi.fn() }));

const row = (seq: number, action: string, actorName: string, outcome = 'success') =>
  ({ seq, action, actorName, actorId: `u${seq}`, outcome, at: '2026-05-01T10:00:00Z' }) as AuditRow;

describe('RecordAuditPanel', () => {
  beforeEach(() => {
    vi.mocked(listAudit).mockReset();
    vi.mocked(listAudit).mockResolvedValue({ rows: [row(9, 'contact.view', 'Ana López'), row(8, 'contact.update', 'Sam Rivera', 'denied')], nextBeforeSeq: 0, total: 2, totalCapped: false });
  });

  it('lists who viewed or changed the record and links to the audit log', async () => {
    renderAudit(<RecordAuditPanel entity="contacts" recordId="c 1" />);
    expect(await screen.findByText('Ana López')).toBeInTheDocument();
    const list = screen.getByTestId('record-audit');
    expect(list).toHaveTextContent('Ana López viewed');
    expect(list).toHaveTextContent('Sam Rivera changed');
    expect(screen.getByText('Denied')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Who viewed or changed this' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open in audit log' })).toHaveAttribute('href', '/audit?objectType=contact&objectId=c+1');
    expect(listAudit).toHaveBeenCalledWith(expect.objectContaining({ objectType: 'contact', objectId: 'c 1', limit: 20 }));
  });

  it('renders nothing, and asks nothing, without audit.view', () => {
    renderAudit(<RecordAuditPanel entity="contacts" recordId="c1" />, { permissions: [] });
    expect(screen.queryByText('Who viewed or changed this')).toBeNull();
    expect(listAudit).not.toHaveBeenCalled();
  });
});
