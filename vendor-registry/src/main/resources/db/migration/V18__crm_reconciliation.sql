-- The company's own CRM exports, each file once, and what each counted per contract, metric and
-- period. The newest export that counts a contract's period speaks for the whole period.
create sequence crm_import_seq start with 50 increment by 50;
create table crm_import (
    id              bigint        not null,
    file_name       varchar(255),
    content_sha256  varchar(64)   not null,
    record_count    int           not null,
    imported_by     varchar(100)  not null,
    imported_at     timestamp with time zone not null,
    constraint pk_crm_import primary key (id),
    constraint uq_crm_import_sha256 unique (content_sha256)
);

create sequence crm_figure_seq start with 50 increment by 50;
create table crm_figure (
    id             bigint         not null,
    import_id      bigint         not null,
    contract_id    bigint         not null,
    metric         varchar(60)    not null,
    period_start   date           not null,
    period_months  int            not null,
    figure         decimal(19,4)  not null,
    constraint pk_crm_figure primary key (id)
);
create index ix_crm_figure_contract on crm_figure (contract_id, period_start);
alter table crm_figure add constraint fk_crm_figure_import foreign key (import_id) references crm_import (id);
alter table crm_figure add constraint fk_crm_figure_contract foreign key (contract_id) references contract (id);
