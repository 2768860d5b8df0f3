-- Administrators manage the portal's accounts: an account can be disabled instead of deleted, so
-- that the audit trail's names keep pointing at someone; a password an administrator reset is only
-- good for choosing a new one; the version keeps two administrators from overwriting each other.
alter table user_account add column enabled boolean default true not null;
alter table user_account add column must_change_password boolean default false not null;
alter table user_account add column version bigint default 0 not null;
