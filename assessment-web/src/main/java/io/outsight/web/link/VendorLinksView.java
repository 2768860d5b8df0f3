package io.outsight.web.link;

import io.outsight.registry.link.IssuedLink;
import io.outsight.registry.link.LinkDetails;
import io.outsight.registry.link.VendorLinks;
import io.outsight.registry.rules.Refused;
import io.outsight.web.i18n.LanguageSelection;
import io.outsight.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;

/**
 * The vendor links of what a page shows (WEB-INF/templates/vendor-links.xhtml): procurement sends
 * the vendor's contact a link, sees its address once, and revokes links; everyone signed in sees
 * them. What a link is for, a contract's results or an assessment's answers, is the subclass's.
 */
public abstract class VendorLinksView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB VendorLinks links;

  @Inject private LanguageSelection reader;

  private String language;

  private IssuedLink issued;

  private List<LinkDetails> all;

  @PostConstruct
  void chooseReadersLanguage() {
    language = reader.getLanguage();
  }

  /** The links of what the page shows, the newest first; none while it shows nothing. */
  abstract List<LinkDetails> listed();

  /** Issues a link for what the page shows, in the language chosen. */
  abstract IssuedLink issuedIn(String language);

  public List<LinkDetails> getAll() {
    if (all == null) {
      all = listed();
    }
    return all;
  }

  public void issue() {
    try {
      issued = issuedIn(language);
    } catch (Refused refused) {
      FacesContext.getCurrentInstance()
          .addMessage(null, Messages.error("rule." + refused.rule(), refused.details().toArray()));
    }
    all = null;
  }

  public void revoke(LinkDetails link) {
    try {
      links.revoke(link.id());
      Messages.notice("vendorLink.revoked");
    } catch (Refused refused) {
      FacesContext.getCurrentInstance()
          .addMessage(null, Messages.error("rule." + refused.rule(), refused.details().toArray()));
    }
    all = null;
  }

  /** The link's state in words: open, answers submitted, expired, or revoked by whom. */
  public String state(LinkDetails link) {
    if (link.revokedBy() != null) {
      return Messages.text("vendorLink.state.revoked", link.revokedBy());
    }
    if (link.submittedAt() != null) {
      return Messages.text("vendorLink.state.submitted");
    }
    return Messages.text(link.opens() ? "vendorLink.state.open" : "vendorLink.state.expired");
  }

  public IssuedLink getIssued() {
    return issued;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }
}
