-- Run by Flyway after every start's migrations. Where the schema has an owner of its own
-- (outsight.datasource.owner.user), the portal's role gets what the portal needs and no more: it
-- reads and writes the business tables, reads and appends to the audit trail but never changes,
-- removes or truncates an event, and cannot touch the migrations' history. Where the portal's role
-- owns the schema itself (no owner configured), this changes nothing.
do $$
begin
  if current_user <> '${portal_role}' then
    execute format('grant usage on schema %I to %I', current_schema(), '${portal_role}');
    execute format('grant select, insert, update, delete on all tables in schema %I to %I', current_schema(), '${portal_role}');
    execute format('grant usage, select on all sequences in schema %I to %I', current_schema(), '${portal_role}');
    execute format('revoke update, delete, truncate on audit_event from %I', '${portal_role}');
    execute format('revoke insert, update, delete, truncate on flyway_schema_history from %I', '${portal_role}');
  end if;
end
$$;
