/**
 * Contract pages: the list, drafting and amending, and a contract with its results grid, imports
 * and history.
 */
package io.outsight.web.contract;
