-- The portfolio export reads the ledger by contract, period, metric and value id: with the id in
-- the index the database reads the values in that order instead of sorting them all (at millions
-- of values H2 sorted on disk). Every lookup by contract and period still finds the index's start.
drop index ix_metric_result_contract_period;
create index ix_metric_result_contract_period on metric_result (contract_id, period_start, metric, id);
