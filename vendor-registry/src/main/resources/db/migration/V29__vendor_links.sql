-- The vendor's own way in: personal links procurement sends a vendor's contact, kept only as the
-- hash of their token, valid until they expire or are revoked, each use noted.
create sequence vendor_link_seq start with 50 increment by 50;
create table vendor_link (
    id             bigint        not null,
    version        bigint        default 0 not null,
    purpose        varchar(20)   not null,
    token_hash     char(64)      not null,
    vendor_id      bigint        not null,
    contract_id    bigint,
    contact_name   varchar(200)  not null,
    contact_email  varchar(254)  not null,
    language       varchar(2)    not null,
    issued_by      varchar(100)  not null,
    issued_at      timestamp with time zone not null,
    expires_at     timestamp with time zone not null,
    revoked_by     varchar(100),
    revoked_at     timestamp with time zone,
    last_used_at   timestamp with time zone,
    constraint pk_vendor_link primary key (id),
    constraint uq_vendor_link_token unique (token_hash),
    constraint ck_vendor_link_purpose check (purpose in ('RESULTS')),
    constraint ck_vendor_link_language check (language in ('en', 'fi'))
);
alter table vendor_link add constraint fk_vendor_link_vendor foreign key (vendor_id) references vendor (id);
alter table vendor_link add constraint fk_vendor_link_contract foreign key (contract_id) references contract (id);
create index ix_vendor_link_contract on vendor_link (contract_id);
