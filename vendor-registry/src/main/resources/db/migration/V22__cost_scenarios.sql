-- Cost model calculations kept as named scenarios: the scenario names its newest revision, each
-- save adds an immutable revision with its inputs (the API's JSON, to reopen it with) and what each
-- option came to, so that reports show the figures a decision was made on.
create sequence cost_scenario_seq start with 50 increment by 50;
create table cost_scenario (
    id                      bigint        not null,
    version                 bigint        default 0 not null,
    name                    varchar(200)  not null,
    readiness_assessment_id bigint,
    latest_revision         int           not null,
    created_by              varchar(100)  not null,
    created_at              timestamp with time zone not null,
    constraint pk_cost_scenario primary key (id)
);
alter table cost_scenario add constraint fk_cost_scenario_readiness foreign key (readiness_assessment_id) references assessment (id);

create sequence cost_scenario_revision_seq start with 50 increment by 50;
create table cost_scenario_revision (
    id                      bigint        not null,
    scenario_id             bigint        not null,
    revision                int           not null,
    name                    varchar(200)  not null,
    readiness_assessment_id bigint,
    inputs                  text          not null,
    saved_by                varchar(100)  not null,
    saved_at                timestamp with time zone not null,
    currency                char(3)       not null,
    horizon_months          int           not null,
    in_house_monthly_cost   decimal(38,4) not null,
    best_option             varchar(40)   not null,
    constraint pk_cost_scenario_revision primary key (id),
    constraint uq_cost_scenario_revision unique (scenario_id, revision)
);
alter table cost_scenario_revision add constraint fk_cost_scenario_revision_scenario foreign key (scenario_id) references cost_scenario (id);

create table cost_scenario_outcome (
    revision_id       bigint        not null,
    outcome_order     int           not null,
    sales_option      varchar(40)   not null,
    total_cost        decimal(38,4) not null,
    net               decimal(38,4) not null,
    cost_per_lead     decimal(38,4),
    cost_per_deal     decimal(38,4),
    break_even_month  int,
    leader_at_horizon varchar(40),
    crossover_month   int,
    constraint pk_cost_scenario_outcome primary key (revision_id, outcome_order)
);
alter table cost_scenario_outcome add constraint fk_cost_scenario_outcome_revision foreign key (revision_id) references cost_scenario_revision (id);

-- A contract may take its in-house alternative from a scenario revision.
alter table contract add column cost_scenario_revision_id bigint;
alter table contract add constraint fk_contract_cost_scenario foreign key (cost_scenario_revision_id) references cost_scenario_revision (id);
