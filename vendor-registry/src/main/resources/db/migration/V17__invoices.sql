-- The vendor's invoice for a settled period, one per period, checked against what was settled.
create sequence vendor_invoice_seq start with 50 increment by 50;
create table vendor_invoice (
    id              bigint         not null,
    contract_id     bigint         not null,
    period_start    date           not null,
    period_months   int            not null,
    invoice_number  varchar(60)    not null,
    invoiced_on     date           not null,
    amount          decimal(19,4)  not null,
    currency        varchar(3)     not null,
    source          varchar(20)    not null,
    recorded_by     varchar(100)   not null,
    recorded_at     timestamp with time zone not null,
    constraint pk_vendor_invoice primary key (id),
    constraint uq_vendor_invoice_period unique (contract_id, period_start)
);
alter table vendor_invoice add constraint fk_vendor_invoice_settlement foreign key (contract_id, period_start)
    references settlement (contract_id, period_start);

-- How far an invoice may differ from the settled payout before it is flagged, per contract.
alter table contract add column invoice_tolerance_percent decimal(5,2) default 0.5 not null;
