package io.outsight.web.link;

import io.outsight.registry.link.IssuedLink;
import io.outsight.registry.link.LinkDetails;
import io.outsight.web.contract.ContractView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The contract page's vendor links, for the vendor's contact to upload the contract's results. */
@Named
@ViewScoped
public class ContractLinksView extends VendorLinksView {

  private static final long serialVersionUID = 1L;

  @Inject private ContractView contractView;

  @Override
  List<LinkDetails> listed() {
    return contractView.getContract() == null
        ? List.of()
        : links.ofContract(contractView.getContract().id());
  }

  @Override
  IssuedLink issuedIn(String language) {
    return links.issueForResults(contractView.getContract().id(), language);
  }
}
