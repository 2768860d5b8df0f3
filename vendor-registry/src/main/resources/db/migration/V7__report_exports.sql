-- Every exported report file, by its SHA-256 digest: an auditor holding a file can check that it
-- is one the portal wrote, unaltered. A portfolio export covers every contract: it names none.
create sequence report_export_seq start with 50 increment by 50;

create table report_export (
    id             bigint        not null,
    sha256         char(64)      not null,
    exporter       varchar(60)   not null,
    file_name      varchar(255)  not null,
    contract_id    bigint,
    period_from    varchar(10)   not null,
    period_to      varchar(10)   not null,
    byte_count     bigint        not null,
    generated_by   varchar(100)  not null,
    generated_at   timestamp with time zone not null,
    constraint pk_report_export primary key (id),
    constraint fk_report_export_contract foreign key (contract_id) references contract (id)
);

create index ix_report_export_sha256 on report_export (sha256);
