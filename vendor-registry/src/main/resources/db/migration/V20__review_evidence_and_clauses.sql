-- A reviewer who approves a vendor despite a high or critical risk, or a red flag, says why.
alter table assessment add column risk_justification varchar(2000);

-- The conditions a conditional approval sets, followed up until someone closes them with a note.
create sequence approval_condition_seq start with 50 increment by 50;
create table approval_condition (
    id            bigint        not null,
    version       bigint        default 0 not null,
    assessment_id bigint        not null,
    vendor_id     bigint        not null,
    description   varchar(500)  not null,
    owner         varchar(100)  not null,
    due_on        date          not null,
    set_by        varchar(100)  not null,
    set_at        timestamp with time zone not null,
    closed_by     varchar(100),
    closed_at     timestamp with time zone,
    closing_note  varchar(2000),
    constraint pk_approval_condition primary key (id)
);
create index ix_approval_condition_vendor on approval_condition (vendor_id);
alter table approval_condition add constraint fk_approval_condition_assessment foreign key (assessment_id) references assessment (id);
alter table approval_condition add constraint fk_approval_condition_vendor foreign key (vendor_id) references vendor (id);

-- The risk tier the last approving due diligence found: how soon the vendor is assessed again.
alter table vendor add column risk_tier varchar(20);

-- Whether the contract keeps the data inside the EU/EEA; contracts made before say nothing of it.
alter table contract add column data_inside_eea boolean default false not null;

-- A contradiction between a clause and the vendor's due diligence, accepted with a reason.
create sequence clause_acceptance_seq start with 50 increment by 50;
create table clause_acceptance (
    id            bigint        not null,
    contract_id   bigint        not null,
    assessment_id bigint        not null,
    contradiction varchar(40)   not null,
    reason        varchar(2000) not null,
    accepted_by   varchar(100)  not null,
    accepted_at   timestamp with time zone not null,
    constraint pk_clause_acceptance primary key (id),
    constraint uq_clause_acceptance unique (contract_id, assessment_id, contradiction)
);
alter table clause_acceptance add constraint fk_clause_acceptance_contract foreign key (contract_id) references contract (id);
alter table clause_acceptance add constraint fk_clause_acceptance_assessment foreign key (assessment_id) references assessment (id);
