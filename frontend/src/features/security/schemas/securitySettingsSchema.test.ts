import { describe, expect, it } from 'vitest';
import { securitySettingsSchema } from './securitySettingsSchema';

const ok = { idleTimeoutMinutes: 15, lockoutThreshold: 5, rememberOnDevice: true };

function errorKeys(values: Record<string, unknown>): string[] {
  const result = securitySettingsSchema.safeParse({ ...ok, ...values });
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('securitySettingsSchema', () => {
  it.each([
    ['defaults', {}, []],
    ['idle 1 minute', { idleTimeoutMinutes: 1 }, []],
    ['idle 480 minutes', { idleTimeoutMinutes: 480 }, []],
    ['idle 0', { idleTimeoutMinutes: 0 }, ['idleTimeoutMinutes']],
    ['idle 481', { idleTimeoutMinutes: 481 }, ['idleTimeoutMinutes']],
    ['idle fraction', { idleTimeoutMinutes: 2.5 }, ['idleTimeoutMinutes']],
    ['idle empty (NumberInput gives "")', { idleTimeoutMinutes: '' }, ['idleTimeoutMinutes']],
    ['lockout 3', { lockoutThreshold: 3 }, []],
    ['lockout 20', { lockoutThreshold: 20 }, []],
    ['lockout 2', { lockoutThreshold: 2 }, ['lockoutThreshold']],
    ['lockout 21', { lockoutThreshold: 21 }, ['lockoutThreshold']],
    ['both wrong', { idleTimeoutMinutes: 1000, lockoutThreshold: 0 }, ['idleTimeoutMinutes', 'lockoutThreshold']],
  ])('%s', (_name, values, want) => {
    expect(errorKeys(values)).toEqual(want);
  });

  it('says the range', () => {
    const result = securitySettingsSchema.safeParse({ ...ok, lockoutThreshold: 50 });
    expect(result.success ? '' : result.error.issues[0]?.message).toBe('Choose between 3 and 20 attempts.');
  });
});

describe('securitySettingsSchema messages', () => {
  it('asks for a number when the field is empty', () => {
    const result = securitySettingsSchema.safeParse({ ...ok, idleTimeoutMinutes: '' });
    expect(result.success ? '' : result.error.issues[0]?.message).toBe('Enter a number of minutes.');
  });
});
