-- Vendor lifecycle details, published questionnaire versions, and assessments with their answers.
alter table vendor add column status_reason varchar(1000);
alter table vendor add column reassess_by date;

create table questionnaire_template (
    id            varchar(60)  not null,
    version       int          not null,
    title         varchar(200) not null,
    snapshot      text         not null,
    fingerprint   char(64)     not null,
    provider      varchar(200) not null,
    published_at  timestamp with time zone not null,
    constraint pk_questionnaire_template primary key (id, version)
);

-- EclipseLink reads each value as the last of a block of 50, so the first value is 50.
create sequence assessment_seq start with 50 increment by 50;

create table assessment (
    id                bigint       not null,
    version           bigint       not null,
    kind              varchar(30)  not null,
    template_id       varchar(60)  not null,
    template_version  int          not null,
    vendor_id         bigint,
    title             varchar(200),
    status            varchar(30)  not null,
    assessor          varchar(100) not null,
    started_at        timestamp with time zone not null,
    saved_at          timestamp with time zone,
    submitted_at      timestamp with time zone,
    reviewer          varchar(100),
    reviewed_at       timestamp with time zone,
    review_comment    varchar(2000),
    constraint pk_assessment primary key (id),
    constraint fk_assessment_template foreign key (template_id, template_version)
        references questionnaire_template (id, version),
    constraint fk_assessment_vendor foreign key (vendor_id) references vendor (id),
    constraint ck_assessment_kind check (kind in ('VENDOR_DUE_DILIGENCE', 'READINESS')),
    constraint ck_assessment_status check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED',
        'CONDITIONALLY_APPROVED', 'REJECTED')),
    constraint ck_assessment_subject check ((kind = 'VENDOR_DUE_DILIGENCE' and vendor_id is not null)
        or (kind = 'READINESS' and title is not null))
);

create index ix_assessment_vendor on assessment (vendor_id);
create index ix_assessment_kind_status on assessment (kind, status);
create index ix_vendor_reassess_by on vendor (reassess_by);

create table assessment_answer (
    assessment_id       bigint        not null,
    question_key        varchar(100)  not null,
    value_kind          varchar(20)   not null,
    value_text          varchar(4000),
    evidence_note       varchar(4000),
    document_reference  varchar(500),
    constraint pk_assessment_answer primary key (assessment_id, question_key),
    constraint fk_assessment_answer_assessment foreign key (assessment_id) references assessment (id)
);
