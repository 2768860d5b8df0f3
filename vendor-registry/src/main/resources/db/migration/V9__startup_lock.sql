-- One row that each job run at startup (publishing templates, seeding demo data) locks while it
-- checks whether its work is done and does it. Instances of a cluster started together thus do
-- each job once: the first does the work, the others wait for it and then find it done.
create table startup_lock (
    name  varchar(60)  not null,
    constraint pk_startup_lock primary key (name)
);

insert into startup_lock (name) values ('startup');
