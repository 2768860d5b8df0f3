package io.outsight.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The countries to choose from, named and sorted in the user's language. */
@Named
@RequestScoped
public class CountryOptions {

  @Inject private LanguageSelection language;

  public List<SelectItem> getAll() {
    Locale locale = language.getLocale();
    Collator collator = Collator.getInstance(locale);
    return Arrays.stream(Locale.getISOCountries())
        .map(code -> new SelectItem(code, new Locale("", code).getDisplayCountry(locale)))
        .sorted(Comparator.comparing(SelectItem::getLabel, collator))
        .toList();
  }
}
