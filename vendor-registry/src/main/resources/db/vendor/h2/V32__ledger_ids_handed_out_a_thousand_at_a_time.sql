-- H2 hands out an identity column's values from a cache of 32 and, each time the cache runs out,
-- writes the column's sequence into its metadata again and commits that on a session of its own:
-- a 100,000-line results file did so 3,125 times, a quarter of the time H2 took to insert its rows
-- (docs/benchmarks.md, issue 19). Values left in the cache when the server stops without closing
-- the database are skipped, as any identity may skip values; they stay in order. PostgreSQL's
-- cache would be each connection's own and hand out ids out of order, and its sequences cost no
-- such commit, so the column stays as it was there.
alter table metric_result alter column id set cache 1000;
