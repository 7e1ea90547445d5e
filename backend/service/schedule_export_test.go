package service

// TickSchedulerForTest runs one pass of the report scheduler over what is
// due by the core's clock and returns when it is done; false when no
// scheduler runs (workspace locked).
func (c *Core) TickSchedulerForTest() bool {
	s := c.scheduler()
	return s != nil && s.tick()
}

// SchedulerStopForTest returns a channel closed once the running scheduler
// is told to stop (its run in progress already cancelled); nil when none
// runs.
func (c *Core) SchedulerStopForTest() <-chan struct{} {
	if s := c.scheduler(); s != nil {
		return s.stop
	}
	return nil
}
