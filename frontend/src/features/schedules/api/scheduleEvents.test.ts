import { describe, expect, it } from 'vitest';
import { parseScheduleFailed } from './scheduleEvents';

describe('parseScheduleFailed', () => {
  it('reads a failure and rejects malformed payloads', () => {
    expect(parseScheduleFailed({ scheduleId: 's1', reportName: 'Pipeline', error: 'The folder is gone.' })).toEqual({ scheduleId: 's1', reportName: 'Pipeline', error: 'The folder is gone.' });
    expect(parseScheduleFailed({ scheduleId: 's1' })).toEqual({ scheduleId: 's1', reportName: '', error: '' });
    expect(parseScheduleFailed({ reportName: 'x' })).toBeNull();
    expect(parseScheduleFailed(null)).toBeNull();
    expect(parseScheduleFailed('s1')).toBeNull();
  });
});
