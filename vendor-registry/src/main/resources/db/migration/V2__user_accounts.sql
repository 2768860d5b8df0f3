-- Users of the embedded default sign-in; passwords are PBKDF2 hashes, never clear text.
create table user_account (
    username       varchar(100) not null,
    display_name   varchar(200) not null,
    password_hash  varchar(512) not null,
    constraint pk_user_account primary key (username)
);

create table user_account_role (
    username  varchar(100) not null,
    role      varchar(20)  not null,
    constraint pk_user_account_role primary key (username, role),
    constraint fk_user_account_role_user foreign key (username) references user_account (username),
    constraint ck_user_account_role check (role in ('PROCUREMENT', 'AUDITOR', 'ADMIN'))
);
