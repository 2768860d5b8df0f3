-- The append-only audit trail, hash-chained, and the head of the chain: the last sequence and hash,
-- updated with every event, so that removing the newest events is detected too.
create table audit_event (
    sequence       bigint        not null,
    occurred_at    timestamp with time zone not null,
    actor          varchar(100)  not null,
    entity_type    varchar(60)   not null,
    entity_id      varchar(60)   not null,
    action         varchar(60)   not null,
    before_state   text,
    after_state    text,
    previous_hash  char(64)      not null,
    hash           char(64)      not null,
    constraint pk_audit_event primary key (sequence)
);

create index ix_audit_event_entity on audit_event (entity_type, entity_id);
create index ix_audit_event_actor on audit_event (actor);
create index ix_audit_event_occurred_at on audit_event (occurred_at);

create table audit_chain_head (
    id             int           not null,
    last_sequence  bigint        not null,
    last_hash      char(64)      not null,
    constraint pk_audit_chain_head primary key (id),
    constraint ck_audit_chain_head_single check (id = 1)
);

insert into audit_chain_head (id, last_sequence, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
