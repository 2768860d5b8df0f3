/**
 * Cost model calculations kept as named, versioned scenarios, linked to the readiness assessment
 * they inform and taken up by contracts as their in-house alternative.
 */
package io.outsight.registry.scenario;
