/**
 * The assessment screens: the wizard that answers a questionnaire section by section, the result
 * with its explained score, red flags and advice, the reviewer's decision, and readiness
 * assessments side by side.
 */
package io.outsight.web.assessment;
