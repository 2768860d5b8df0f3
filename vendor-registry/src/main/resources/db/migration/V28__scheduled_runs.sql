-- When a scheduled job last ran anywhere in the cluster: an instance whose timer fires soon after
-- another's run leaves the work to that run instead of doing it again.
create table scheduled_run (
    job              varchar(40) not null,
    last_run_millis  bigint,
    constraint pk_scheduled_run primary key (job)
);
insert into scheduled_run (job, last_run_millis) values ('checks', null);

-- A notification is claimed for mailing before the mail is sent, and released again when the mail
-- server refuses it, so that a mail sent is never sent twice.
create index ix_notification_created on notification (created_at);
