-- Administrators write the next version of a questionnaire in the portal. A draft is the only part
-- that changes; publishing it adds an immutable row to questionnaire_template and removes the
-- draft. The version keeps two administrators from overwriting each other's revisions.
create table questionnaire_draft (
    template_id  varchar(60)  not null,
    based_on     int          not null,
    snapshot     text         not null,
    revised_by   varchar(100) not null,
    revised_at   timestamp with time zone not null,
    version      bigint       not null,
    constraint pk_questionnaire_draft primary key (template_id),
    constraint fk_questionnaire_draft_base foreign key (template_id, based_on)
        references questionnaire_template (id, version)
);
