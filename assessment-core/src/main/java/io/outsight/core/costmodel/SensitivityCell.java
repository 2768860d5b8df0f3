package io.outsight.core.costmodel;

import io.outsight.core.money.Money;
import io.outsight.core.money.Percentage;
import java.io.Serializable;

/**
 * Net result over the horizon of each option when ACV and conversion to deals change by these
 * shares.
 */
public record SensitivityCell(
    Percentage acvChange, Percentage conversionChange, Money inHouseNet, Money outsourcedNet)
    implements Serializable {}
