-- The values of what a contract's compensation model declares it needs besides the common terms
-- (an extension's clawback rate, say), by the key it declares.
create table contract_parameter (
    contract_id     bigint         not null,
    parameter_key   varchar(60)    not null,
    parameter_value decimal(19,4)  not null,
    constraint pk_contract_parameter primary key (contract_id, parameter_key),
    constraint fk_contract_parameter_contract foreign key (contract_id) references contract (id)
);
