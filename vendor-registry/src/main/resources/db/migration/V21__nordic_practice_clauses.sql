-- Nordic practice as contract clauses: no poaching of each other's sellers, consent and the opt-out
-- registers checked before contacting, the Contractor's Liability Act reports given. Contracts made
-- before say nothing of them.
alter table contract add column no_poaching boolean default false not null;
alter table contract add column opt_out_registers_checked boolean default false not null;
alter table contract add column contractor_liability_reports boolean default false not null;
