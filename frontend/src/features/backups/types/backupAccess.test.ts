import { describe, expect, it } from 'vitest';
import { canBackUp } from './backupAccess';

describe('canBackUp', () => {
  it.each([
    ['an administrator', { administrator: true }, true],
    ['anyone else', { administrator: false }, false],
    ['an older session without the flag', {}, false],
    ['nobody signed in', null, false],
  ])('%s', (_name, session, want) => {
    expect(canBackUp(session)).toBe(want);
  });
});
