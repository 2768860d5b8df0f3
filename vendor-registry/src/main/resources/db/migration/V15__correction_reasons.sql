-- A value that corrects one reported before says why: the reason is kept with the value, in its
-- history and in the submission's audit event. Values recorded before this version have none.
alter table metric_result add column correction_reason varchar(500);
