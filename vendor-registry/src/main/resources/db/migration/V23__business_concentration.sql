-- Our own people's results by channel (or segment; '' for the whole business) and month: what
-- every vendor's share is taken against. A value given again replaces the row; the audit trail
-- keeps what it was.
create sequence in_house_result_seq start with 50 increment by 50;
create table in_house_result (
    id           bigint        not null,
    version      bigint        default 0 not null,
    channel      varchar(100)  not null,
    month_start  date          not null,
    metric_id    varchar(60)   not null,
    result_value decimal(19,4) not null,
    recorded_by  varchar(100)  not null,
    recorded_at  timestamp with time zone not null,
    source       varchar(400)  not null,
    constraint pk_in_house_result primary key (id),
    constraint uq_in_house_result unique (channel, month_start, metric_id)
);

-- The channel a contract sells in, and when its exit plan was last reviewed.
alter table contract add column channel varchar(100);
alter table contract add column exit_plan_reviewed_on date;
