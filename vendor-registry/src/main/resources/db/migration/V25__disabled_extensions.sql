-- Contributions to the extension points an administrator took out of new use, by point and id.
create table disabled_extension (
    extension_key    varchar(200)  not null,
    extension_point  varchar(40)   not null,
    extension_id     varchar(150)  not null,
    disabled_by      varchar(100)  not null,
    disabled_at      timestamp with time zone not null,
    constraint pk_disabled_extension primary key (extension_key)
);
