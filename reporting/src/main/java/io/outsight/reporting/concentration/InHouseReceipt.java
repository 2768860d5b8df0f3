package io.outsight.reporting.concentration;

import java.io.Serializable;

/** What an import or an entry of our own results stored: values, how many replaced earlier ones. */
public record InHouseReceipt(int values, int replaced) implements Serializable {}
