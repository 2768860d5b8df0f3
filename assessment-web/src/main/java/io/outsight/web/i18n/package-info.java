/**
 * English and Finnish: the language each user chose for the session, the resource bundles of all UI
 * text, and formatting of numbers, dates and countries in that language.
 */
package io.outsight.web.i18n;
