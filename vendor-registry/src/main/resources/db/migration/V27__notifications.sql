-- Reaching out: what the scheduled checks found, each once (its key names the kind, the thing and
-- the occasion), and the notifications that bring it to each person responsible, read or unread,
-- mailed or not yet. People say where and in which language they are mailed, and how for each kind.
alter table user_account add column email varchar(254);
alter table user_account add column language varchar(2) default 'en' not null;
alter table user_account add constraint ck_user_account_language check (language in ('en', 'fi'));

create table user_account_delivery (
    username  varchar(100) not null,
    kind      varchar(40)  not null,
    delivery  varchar(20)  not null,
    constraint pk_user_account_delivery primary key (username, kind),
    constraint ck_user_account_delivery check (delivery in ('IMMEDIATELY', 'DAILY_DIGEST', 'NEVER'))
);
alter table user_account_delivery add constraint fk_user_account_delivery_account foreign key (username) references user_account (username);

create sequence finding_seq start with 50 increment by 50;
create table finding (
    id                  bigint        not null,
    finding_key         varchar(200)  not null,
    kind                varchar(40)   not null,
    subject             varchar(20)   not null,
    subject_id          bigint        not null,
    vendor_id           bigint        not null,
    vendor_name         varchar(200)  not null,
    contract_reference  varchar(60),
    due_on              date          not null,
    detail              varchar(2000),
    found_at            timestamp with time zone not null,
    constraint pk_finding primary key (id),
    constraint uq_finding_key unique (finding_key)
);

create sequence notification_seq start with 50 increment by 50;
create table notification (
    id          bigint        not null,
    finding_id  bigint        not null,
    recipient   varchar(100)  not null,
    delivery    varchar(20)   not null,
    created_at  timestamp with time zone not null,
    read_at     timestamp with time zone,
    mailed_at   timestamp with time zone,
    constraint pk_notification primary key (id),
    constraint uq_notification unique (finding_id, recipient)
);
alter table notification add constraint fk_notification_finding foreign key (finding_id) references finding (id);
create index ix_notification_recipient on notification (recipient, read_at);
create index ix_notification_mail on notification (mailed_at, delivery);
