/**
 * The suite's plug-in model: small interfaces other modules of the portal (or a customer) implement
 * in a jar of their own to contribute templates, compensation models, metrics or export formats.
 * Contributions are CDI beans, found by their interface, and say who they are.
 */
package io.outsight.core.extension;
