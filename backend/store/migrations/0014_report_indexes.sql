-- Covering indexes for the deal reports (report/access.go reads a covering
-- index instead of the table when one holds every column a summary needs;
-- owner and team are included so team- and own-scoped viewers are covered
-- too). Measured on 1M deals (backend/report BenchmarkReport1M): pipeline by
-- stage 644-809 ms -> 107-268 ms (all scope), 340-480 -> 116-341 ms (team);
-- revenue by region x month 356-496 -> 69-186 ms. Cost: about 240 bytes a
-- deal.
CREATE INDEX deals_report_outcome_stage ON deals(deleted_at, outcome, stage_id, amount, owner_id, team_id);
CREATE INDEX deals_report_outcome_closed ON deals(deleted_at, outcome, closed_at, region, product, amount, company_id, owner_id, team_id);
