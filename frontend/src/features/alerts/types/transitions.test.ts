import { describe, expect, it } from 'vitest';
import { allowedTransitions, transitionProblem } from './transitions';

describe('allowedTransitions', () => {
  it.each([
    { from: 'open', want: ['acknowledged', 'resolved'] },
    { from: 'acknowledged', want: ['resolved'] },
    { from: 'resolved', want: ['open'] },
    { from: 'archived', want: [] },
    { from: '', want: [] },
  ])('$from → $want', ({ from, want }) => {
    expect(allowedTransitions(from).map((t) => t.to)).toEqual(want);
  });

  it('labels the buttons', () => {
    expect(allowedTransitions('open').map((t) => t.label)).toEqual(['Acknowledge', 'Resolve']);
    expect(allowedTransitions('resolved').map((t) => t.label)).toEqual(['Reopen']);
  });
});

describe('transitionProblem', () => {
  const [acknowledge, resolve] = allowedTransitions('open');
  it.each([
    { name: 'resolve without a comment', action: resolve, comment: '', bad: true },
    { name: 'resolve with only spaces', action: resolve, comment: '   \n', bad: true },
    { name: 'resolve with a comment', action: resolve, comment: 'Password reset', bad: false },
    { name: 'acknowledge without a comment', action: acknowledge, comment: '', bad: false },
    { name: 'a very long comment', action: acknowledge, comment: 'x'.repeat(2001), bad: true },
  ])('$name', ({ action, comment, bad }) => {
    expect(transitionProblem(action, comment) !== null).toBe(bad);
  });
});
