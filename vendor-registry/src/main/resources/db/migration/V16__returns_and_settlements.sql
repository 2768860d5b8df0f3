-- Leads returned to the vendor or disqualified: how many, from which delivery period, on which day.
-- The contract's dispute window, counted from the end of the delivery period, decides whether a
-- return is credited; a return after it is kept and shown, not credited.
create sequence lead_return_seq start with 50 increment by 50;
create table lead_return (
    id             bigint        not null,
    contract_id    bigint        not null,
    period_start   date          not null,
    period_months  int           not null,
    returned_on    date          not null,
    leads          int           not null,
    reason         varchar(500),
    source         varchar(20)   not null,
    recorded_by    varchar(100)  not null,
    recorded_at    timestamp with time zone not null,
    submission_id  bigint,
    source_line    int,
    constraint pk_lead_return primary key (id),
    constraint ck_lead_return_leads check (leads between 1 and 1000000)
);
create index ix_lead_return_contract on lead_return (contract_id, period_start);
alter table lead_return add constraint fk_lead_return_contract foreign key (contract_id) references contract (id);
alter table lead_return add constraint fk_lead_return_submission foreign key (submission_id) references result_submission (id);

-- Returns were a ledger metric without a day until now. Each current value moves here as one return
-- on the last day of its period, inside any window, as it was credited before; the ids are the
-- ledger rows' own, negated, below anything the sequence gives. The values and their history leave
-- the ledger, whose metric now takes no returns; the submissions' audit events keep what they said.
insert into lead_return (id, contract_id, period_start, period_months, returned_on, leads, reason,
                         source, recorded_by, recorded_at, submission_id, source_line)
select -r.id, r.contract_id, r.period_start, r.period_months,
       case r.period_months when 1 then r.period_start + interval '1' month - interval '1' day
                            else r.period_start + interval '3' month - interval '1' day end,
       cast(r.result_value as int), null, r.source, r.recorded_by, r.recorded_at,
       r.submission_id, r.source_line
  from metric_result r
 where r.metric = 'leads-returned' and r.superseded_by is null and r.result_value >= 1;
delete from metric_result where metric = 'leads-returned';

-- A settled period: its spend and every line frozen as JSON with the JSON's SHA-256. Never changed:
-- a later correction is an adjustment in the next open period.
create sequence settlement_seq start with 50 increment by 50;
create table settlement (
    id             bigint         not null,
    contract_id    bigint         not null,
    period_start   date           not null,
    period_months  int            not null,
    currency       varchar(3)     not null,
    total          decimal(19,4)  not null,
    snapshot       text           not null,
    digest         varchar(64)    not null,
    settled_by     varchar(100)   not null,
    settled_at     timestamp with time zone not null,
    constraint pk_settlement primary key (id),
    constraint uq_settlement_period unique (contract_id, period_start)
);
alter table settlement add constraint fk_settlement_contract foreign key (contract_id) references contract (id);
