/** Vendor contracts: drafted, amended and moved through their lifecycle, every change audited. */
package io.outsight.registry.contract;
