-- What the contract's work would cost in-house per month, from the cost model: the success report
-- compares the vendor's spend with it.
alter table contract add column in_house_monthly_cost decimal(19,4);
