package io.outsight.web.link;

import io.outsight.registry.link.IssuedLink;
import io.outsight.registry.link.LinkDetails;
import io.outsight.registry.link.VendorLinks;
import io.outsight.registry.rules.Refused;
import io.outsight.web.contract.ContractView;
import io.outsight.web.i18n.LanguageSelection;
import io.outsight.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The contract page's vendor links: procurement sends the vendor's contact a link to upload the
 * contract's results, sees its address once, and revokes links; everyone signed in sees them.
 */
@Named
@ViewScoped
public class VendorLinksView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private VendorLinks links;

  @Inject private ContractView contractView;

  @Inject private LanguageSelection reader;

  private String language;

  private IssuedLink issued;

  private List<LinkDetails> all;

  @PostConstruct
  void load() {
    language = reader.getLanguage();
  }

  public List<LinkDetails> getAll() {
    if (all == null) {
      all =
          contractView.getContract() == null
              ? List.of()
              : links.ofContract(contractView.getContract().id());
    }
    return all;
  }

  public void issue() {
    try {
      issued = links.issueForResults(contractView.getContract().id(), language);
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

  /** The link's state in words: open, expired, or revoked by whom. */
  public String state(LinkDetails link) {
    if (link.revokedBy() != null) {
      return Messages.text("vendorLink.state.revoked", link.revokedBy());
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
