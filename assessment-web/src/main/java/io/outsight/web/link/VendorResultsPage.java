package io.outsight.web.link;

import io.outsight.registry.ledger.ResultsRejected;
import io.outsight.registry.ledger.SubmissionReceipt;
import io.outsight.registry.link.LinkAccess;
import io.outsight.registry.link.LinkRefused;
import io.outsight.registry.link.VendorLinks;
import io.outsight.web.i18n.LanguageSelection;
import io.outsight.web.i18n.Messages;
import io.outsight.web.i18n.ProblemText;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The page a vendor's results link opens, without a portal account: whose link it is, and a results
 * file to upload, checked whole as procurement's import checks it. A link that does not open shows
 * the same page whatever the reason, with 404, and nothing about the contract.
 */
@Named
@ViewScoped
public class VendorResultsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private VendorLinks links;

  @Inject private LanguageSelection language;

  private String token;

  private LinkAccess access;

  private List<String> problems = List.of();

  private int problemCount;

  private SubmissionReceipt receipt;

  /** Opens the link on the page's first request; shows it in the language it was sent in. */
  public void open() {
    access = links.openForResults(token).orElse(null);
    FacesContext faces = FacesContext.getCurrentInstance();
    if (access == null) {
      faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    language.propose(access.language());
  }

  public void upload(FileUploadEvent upload) {
    UploadedFile file = upload.getFile();
    problems = List.of();
    problemCount = 0;
    receipt = null;
    try (InputStream content = file.getInputStream()) {
      receipt = links.uploadResults(token, file.getFileName(), content);
    } catch (ResultsRejected rejected) {
      problemCount = rejected.problemCount();
      problems =
          rejected.problems().stream()
              .map(problem -> ProblemText.of(problem, language.getLocale(), false))
              .toList();
      FacesContext.getCurrentInstance()
          .addMessage(null, Messages.error("import.rejected", file.getFileName(), problemCount));
    } catch (LinkRefused refused) {
      // revoked or expired while the page was open: shown again, it says so
      access = null;
      LinkPages.showAgain("/vendor/results.xhtml", token);
    } catch (IOException unreadable) {
      FacesContext.getCurrentInstance()
          .addMessage(null, Messages.error("import.unreadable", file.getFileName()));
    }
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public LinkAccess getAccess() {
    return access;
  }

  public List<String> getProblems() {
    return problems;
  }

  public int getProblemCount() {
    return problemCount;
  }

  public SubmissionReceipt getReceipt() {
    return receipt;
  }
}
