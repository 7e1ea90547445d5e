export type IdleTimerOptions = {
  /** Time without activity after which onIdle runs. */
  idleMs: number;
  /** Heartbeats are sent at most this often while there is activity. */
  heartbeatMs: number;
  onHeartbeat: () => void;
  onIdle: () => void;
  now?: () => number;
};

export type IdleTimer = {
  /** Report mouse, keyboard or scroll activity. */
  activity: () => void;
  /** Cancel every pending timer; onIdle and onHeartbeat no longer run. */
  stop: () => void;
};

/**
 * Idle tracking for the signed-in session, free of DOM and React so it can be
 * tested with fake timers. Starting counts as activity (the person just signed
 * in). Activity sends a heartbeat at most every heartbeatMs; activity inside
 * that window schedules one trailing heartbeat, so the backend's idle clock
 * never runs ahead of the window's. onIdle runs once.
 */
export function startIdleTimer(options: IdleTimerOptions): IdleTimer {
  const now = options.now ?? Date.now;
  let lastActivity = now();
  let lastHeartbeat = lastActivity;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let heartbeatTimer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const checkIdle = () => {
    if (stopped) return;
    const remaining = lastActivity + options.idleMs - now();
    if (remaining > 0) {
      idleTimer = setTimeout(checkIdle, remaining);
      return;
    }
    stop();
    options.onIdle();
  };

  const beat = () => {
    heartbeatTimer = undefined;
    if (stopped) return;
    lastHeartbeat = now();
    options.onHeartbeat();
  };

  const activity = () => {
    if (stopped) return;
    lastActivity = now();
    if (heartbeatTimer !== undefined) return;
    const wait = lastHeartbeat + options.heartbeatMs - lastActivity;
    if (wait <= 0) beat();
    else heartbeatTimer = setTimeout(beat, wait);
  };

  function stop() {
    stopped = true;
    clearTimeout(idleTimer);
    clearTimeout(heartbeatTimer);
  }

  idleTimer = setTimeout(checkIdle, options.idleMs);
  return { activity, stop };
}

/** At most once a minute, and at least twice per idle period so a 1-minute timeout still works. */
export function heartbeatIntervalFor(idleMs: number): number {
  return Math.max(1000, Math.min(60_000, Math.floor(idleMs / 2)));
}
