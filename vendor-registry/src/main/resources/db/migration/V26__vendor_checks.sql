-- A vendor may also be checked against a further questionnaire, its own or an extension's (for
-- example data protection): a third kind of assessment, of a vendor as a due diligence is.
alter table assessment drop constraint ck_assessment_kind;
alter table assessment add constraint ck_assessment_kind
    check (kind in ('VENDOR_DUE_DILIGENCE', 'READINESS', 'VENDOR_CHECK'));
alter table assessment drop constraint ck_assessment_subject;
alter table assessment add constraint ck_assessment_subject
    check ((kind in ('VENDOR_DUE_DILIGENCE', 'VENDOR_CHECK') and vendor_id is not null)
        or (kind = 'READINESS' and title is not null));
