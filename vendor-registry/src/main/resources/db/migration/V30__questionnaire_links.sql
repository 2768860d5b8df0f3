-- The vendor's own way into its due diligence: a link may let its holder answer one assessment of
-- the vendor instead of uploading a contract's results; each link is for exactly one of the two.
-- A questionnaire link opens no more once its answers are submitted.
alter table vendor_link add column assessment_id bigint;
alter table vendor_link add column submitted_at timestamp with time zone;
alter table vendor_link add constraint fk_vendor_link_assessment foreign key (assessment_id) references assessment (id);
create index ix_vendor_link_assessment on vendor_link (assessment_id);
alter table vendor_link drop constraint ck_vendor_link_purpose;
alter table vendor_link add constraint ck_vendor_link_purpose check (
    (purpose = 'RESULTS' and contract_id is not null and assessment_id is null)
    or (purpose = 'QUESTIONNAIRE' and assessment_id is not null and contract_id is null));
