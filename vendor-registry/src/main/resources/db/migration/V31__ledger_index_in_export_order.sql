-- The portfolio export reads the ledger by contract, period, metric and value id: with the id in
-- the index the database reads the values in that order instead of sorting them all (at millions
-- of values H2 sorted on disk). Lookups by contract and period use it as before, though on a ledger
-- of a few hundred values H2 prefers the contract key's own index (it counts an index's unused
-- columns against it), which at that size costs the same.
drop index ix_metric_result_contract_period;
create index ix_metric_result_contract_period on metric_result (contract_id, period_start, metric, id);
