-- Vendors of outsourced sales and lead generation, and the services each offers.
-- EclipseLink reads each value as the last of a block of 50, so the first value is 50.
create sequence vendor_seq start with 50 increment by 50;

create table vendor (
    id             bigint       not null,
    version        bigint       not null,
    name           varchar(200) not null,
    business_id    varchar(20)  not null,
    country        char(2)      not null,
    website        varchar(300),
    contact_name   varchar(200) not null,
    contact_email  varchar(254) not null,
    status         varchar(30)  not null,
    registered_at  timestamp with time zone not null,
    registered_by  varchar(100) not null,
    constraint pk_vendor primary key (id),
    constraint uq_vendor_business_id unique (business_id),
    constraint ck_vendor_status check (status in ('PROSPECT', 'UNDER_ASSESSMENT', 'APPROVED',
        'CONDITIONALLY_APPROVED', 'REJECTED', 'ACTIVE', 'SUSPENDED', 'OFFBOARDED'))
);

create index ix_vendor_name on vendor (name);
create index ix_vendor_country on vendor (country);
create index ix_vendor_status on vendor (status);
create index ix_vendor_registered_at on vendor (registered_at);

create table vendor_service (
    vendor_id  bigint      not null,
    service    varchar(40) not null,
    constraint pk_vendor_service primary key (vendor_id, service),
    constraint fk_vendor_service_vendor foreign key (vendor_id) references vendor (id),
    constraint ck_vendor_service check (service in ('FULL_SALES', 'PRODUCT_LINE_OR_SEGMENT_SALES',
        'LEAD_GENERATION', 'PROSPECTING', 'COLD_CALLING', 'MARKETING', 'ADVERTISING'))
);

create index ix_vendor_service_service on vendor_service (service, vendor_id);
