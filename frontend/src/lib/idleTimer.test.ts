import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { heartbeatIntervalFor, startIdleTimer } from './idleTimer';

const MIN = 60_000;

function setup(idleMs = 15 * MIN, heartbeatMs = MIN) {
  const onIdle = vi.fn();
  const onHeartbeat = vi.fn();
  const timer = startIdleTimer({ idleMs, heartbeatMs, onIdle, onHeartbeat });
  return { timer, onIdle, onHeartbeat };
}

describe('startIdleTimer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-03-01T09:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('runs onIdle once after the idle time without activity', () => {
    const { onIdle, onHeartbeat } = setup();
    vi.advanceTimersByTime(15 * MIN - 1);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60 * MIN);
    expect(onIdle).toHaveBeenCalledTimes(1);
    expect(onHeartbeat).not.toHaveBeenCalled();
  });

  it('activity pushes the idle deadline back', () => {
    const { timer, onIdle } = setup();
    vi.advanceTimersByTime(10 * MIN);
    timer.activity();
    vi.advanceTimersByTime(14 * MIN);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(MIN);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('sends a heartbeat at most once a minute while active', () => {
    const { timer, onHeartbeat } = setup();
    // constant activity every second for 5 minutes
    for (let i = 0; i < 300; i += 1) {
      vi.advanceTimersByTime(1000);
      timer.activity();
    }
    expect(onHeartbeat).toHaveBeenCalledTimes(5);
  });

  it('activity inside the window schedules one trailing heartbeat', () => {
    const { timer, onHeartbeat } = setup();
    vi.advanceTimersByTime(10_000);
    timer.activity();
    timer.activity();
    expect(onHeartbeat).not.toHaveBeenCalled();
    vi.advanceTimersByTime(50_000);
    expect(onHeartbeat).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10 * MIN);
    expect(onHeartbeat).toHaveBeenCalledTimes(1);
  });

  it('activity after a quiet minute beats at once', () => {
    const { timer, onHeartbeat } = setup();
    vi.advanceTimersByTime(2 * MIN);
    timer.activity();
    expect(onHeartbeat).toHaveBeenCalledTimes(1);
  });

  it('stop cancels idle and heartbeat', () => {
    const { timer, onIdle, onHeartbeat } = setup();
    vi.advanceTimersByTime(10_000);
    timer.activity();
    timer.stop();
    timer.activity();
    vi.advanceTimersByTime(60 * MIN);
    expect(onIdle).not.toHaveBeenCalled();
    expect(onHeartbeat).not.toHaveBeenCalled();
  });

  it('a late wake-up (laptop sleep) signs out at once', () => {
    const { onIdle } = setup(5 * MIN);
    vi.setSystemTime(Date.now() + 30 * MIN); // clock jumps, timers did not run
    vi.advanceTimersByTime(5 * MIN);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });
});

describe('heartbeatIntervalFor', () => {
  it.each([
    [MIN, 30_000],
    [15 * MIN, MIN],
    [480 * MIN, MIN],
  ])('%i ms idle → %i ms', (idle, want) => {
    expect(heartbeatIntervalFor(idle)).toBe(want);
  });
});
