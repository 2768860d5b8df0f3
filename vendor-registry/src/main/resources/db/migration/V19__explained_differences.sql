-- Flagged differences someone looked into, with who, when and why: a CRM difference explained, an
-- invoice's variance accepted. An explanation holds for the difference it explained only: should
-- the vendor's or the CRM's figure change, the new difference is flagged again.
create sequence crm_explanation_seq start with 50 increment by 50;
create table crm_explanation (
    id             bigint         not null,
    contract_id    bigint         not null,
    metric         varchar(60)    not null,
    period_start   date           not null,
    period_months  int            not null,
    difference     decimal(19,4)  not null,
    reason         varchar(500)   not null,
    explained_by   varchar(100)   not null,
    explained_at   timestamp with time zone not null,
    constraint pk_crm_explanation primary key (id)
);
create index ix_crm_explanation_contract on crm_explanation (contract_id, period_start);
alter table crm_explanation add constraint fk_crm_explanation_contract foreign key (contract_id) references contract (id);

alter table vendor_invoice add column version bigint default 0 not null;
alter table vendor_invoice add column accepted_by varchar(100);
alter table vendor_invoice add column accepted_at timestamp with time zone;
alter table vendor_invoice add column acceptance_note varchar(500);
