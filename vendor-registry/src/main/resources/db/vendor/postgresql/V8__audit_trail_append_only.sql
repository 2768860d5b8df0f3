-- The audit trail is append-only on PostgreSQL: no role, the application's included, may change or
-- remove an event. The hash chain still detects what someone with the rights to drop this trigger
-- does (ChainVerification); this stops it at the door. The chain's head is updated with every
-- event, so it is not covered.
create function refuse_audit_change() returns trigger language plpgsql as $$
begin
  raise exception 'the audit trail is append-only: % on % refused', tg_op, tg_table_name
    using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_event_append_only before update or delete on audit_event
  for each row execute function refuse_audit_change();

create trigger audit_event_never_truncated before truncate on audit_event
  for each statement execute function refuse_audit_change();
