import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useAuditFilters } from './useAuditFilters';

function setup(url: string) {
  const client = new QueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[url]}>{children}</MemoryRouter>
    </QueryClientProvider>
  );
  return renderHook(() => ({ audit: useAuditFilters(), location: useLocation() }), { wrapper });
}

describe('useAuditFilters', () => {
  it('reads a link: filters, the entry to open, and the query', () => {
    const { result } = setup('/audit?objectType=contact&objectId=c1&seq=42');
    expect(result.current.audit.seq).toBe(42);
    expect(result.current.audit.query).toMatchObject({ objectType: 'contact', objectId: 'c1', beforeSeq: 0 });
  });

  it('writes filter changes to the URL and keeps the open entry', () => {
    const { result } = setup('/audit?seq=7');
    act(() => result.current.audit.setFilters({ category: 'data', range: '7d' }));
    expect(new URLSearchParams(result.current.location.search).get('category')).toBe('data');
    expect(result.current.location.search).toContain('range=7d');
    expect(result.current.audit.seq).toBe(7);
    expect(result.current.audit.query.from).not.toBe('');
  });

  it('keeps a relative range still between renders, so loaded pages stay', () => {
    const { result, rerender } = setup('/audit?range=24h');
    const before = result.current.audit.query;
    rerender();
    expect(result.current.audit.query).toBe(before);
  });

  it('opens and closes an entry; Clear filters keeps it', () => {
    const { result } = setup('/audit?category=auth');
    act(() => result.current.audit.openEntry(5));
    expect(result.current.audit.seq).toBe(5);
    act(() => result.current.audit.clear());
    expect(result.current.location.search).toBe('?seq=5');
    act(() => result.current.audit.closeEntry());
    expect(result.current.audit.seq).toBeNull();
  });

  it('an entry opened from the list closes with a step Back', () => {
    const { result } = setup('/audit?category=auth');
    act(() => result.current.audit.openEntry(9));
    expect(result.current.location.search).toBe('?category=auth&seq=9');
    act(() => result.current.audit.closeEntry());
    expect(result.current.location.search).toBe('?category=auth');
  });

  it('"all entries about it" filters and closes the entry in one step', () => {
    const { result } = setup('/audit?seq=3');
    act(() => result.current.audit.setFilters({ objectType: 'contact', objectId: 'c1' }, { closeEntry: true }));
    expect(result.current.audit.seq).toBeNull();
    expect(result.current.audit.filters).toMatchObject({ objectType: 'contact', objectId: 'c1' });
  });
});
