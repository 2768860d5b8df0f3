package io.outsight.web.i18n;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Optional;
import java.util.ResourceBundle;

/** Translated messages for the user, from the same bundle the pages use. */
public final class Messages {

  /** The bundle of the pages' words (the pages' {@code msg}), read by the API and files too. */
  public static final String BUNDLE = "io.outsight.web.i18n.messages";

  private Messages() {}

  public static String text(String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale());
    return new MessageFormat(bundle.getString(key), faces.getViewRoot().getLocale())
        .format(arguments);
  }

  /** The text of {@code key} where the bundle has one, such as a built-in contribution's name. */
  public static Optional<String> textIfAny(String key) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
  }

  public static FacesMessage error(String key, Object... arguments) {
    return errorText(text(key, arguments));
  }

  /** An error whose text is written already. */
  public static FacesMessage errorText(String text) {
    return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
  }

  /** A notice on this page. */
  public static void notice(String key, Object... arguments) {
    String text = text(key, arguments);
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
  }

  /** A notice shown on the next page too, after a redirect. */
  public static void noticeAfterRedirect(String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String text = text(key, arguments);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }
}
