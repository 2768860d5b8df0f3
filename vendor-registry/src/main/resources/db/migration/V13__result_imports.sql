-- A results file imported in the background: how far it has been read, and how it ended, for the
-- person who sent it to come back to. The import itself stays one transaction in the ledger; this
-- row is written beside it, so it can tell of an import that was refused, failed or never ended.
-- heartbeat_at moves while the instance running the import is alive.
create sequence result_import_seq start with 1 increment by 1;

create table result_import (
    id                  bigint        not null,
    file_name           varchar(255)  not null,
    contract_reference  varchar(40),
    submitted_by        varchar(100)  not null,
    submitted_at        timestamp with time zone not null,
    state               varchar(12)   not null,
    bytes_total         bigint        not null,
    bytes_read          bigint        not null,
    heartbeat_at        timestamp with time zone not null,
    finished_at         timestamp with time zone,
    outcome             text,
    constraint pk_result_import primary key (id),
    constraint ck_result_import_state check (state in ('RUNNING', 'STORED', 'REJECTED', 'FAILED'))
);

create index ix_result_import_contract on result_import (contract_reference, submitted_at);
