/** The audit trail screen: verify the chain, filter the events, export them. */
package io.outsight.web.audit;
