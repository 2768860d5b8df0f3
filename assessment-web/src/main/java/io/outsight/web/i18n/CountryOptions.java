package io.outsight.web.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The countries to choose from, named and sorted in the user's language; made once a language, as
 * the vendor list's country filter asks for them on every page.
 */
@Named
@ApplicationScoped
public class CountryOptions {

  @Inject private LanguageSelection language;

  private final Map<Locale, List<SelectItem>> byLanguage = new ConcurrentHashMap<>();

  public List<SelectItem> getAll() {
    return byLanguage.computeIfAbsent(language.getLocale(), CountryOptions::named);
  }

  private static List<SelectItem> named(Locale locale) {
    Collator collator = Collator.getInstance(locale);
    return Arrays.stream(Locale.getISOCountries())
        .map(code -> new SelectItem(code, new Locale("", code).getDisplayCountry(locale)))
        .sorted(Comparator.comparing(SelectItem::getLabel, collator))
        .toList();
  }
}
