-- From here on the audit trail is sealed with the installation's key (HMAC-SHA-256). The events
-- written so far keep their plain SHA-256 seals; the head remembers where they end, and every
-- checkpoint written outside the database records that mark, so it cannot be moved unnoticed.
alter table audit_chain_head add column legacy_through bigint default 0 not null;

update audit_chain_head set legacy_through = last_sequence;
