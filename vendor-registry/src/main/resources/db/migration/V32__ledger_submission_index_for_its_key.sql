-- Each value imported writes every index of the ledger twice: once as it is inserted and once as
-- the transaction commits. H2 keeps an index of its own for a foreign key unless one has exactly
-- the key's columns, so the wider index on the submission stood beside H2's own on submission_id.
-- One index on submission_id serves both the key and the checks of a submission's values: those
-- that look up one contract, metric and period go by the contract's index.
alter table metric_result drop constraint fk_metric_result_submission;
drop index ix_metric_result_submission;
create index ix_metric_result_submission on metric_result (submission_id);
alter table metric_result add constraint fk_metric_result_submission foreign key (submission_id) references result_submission (id);
