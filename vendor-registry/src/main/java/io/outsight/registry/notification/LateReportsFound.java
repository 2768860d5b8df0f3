package io.outsight.registry.notification;

import java.util.List;
import java.util.Map;

/**
 * Fired after a run of the scheduled checks that found reports late for the first time, with the
 * late periods by contract, for whoever reminds vendors of them.
 */
public record LateReportsFound(Map<Long, List<String>> periodsByContract) {}
