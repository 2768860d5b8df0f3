package io.outsight.web.contract;

import io.outsight.core.ledger.ImportState;
import io.outsight.registry.ledger.ImportStatus;
import io.outsight.registry.ledger.ResultImports;
import io.outsight.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * A contract's results files, imported in the background: the page shows how far the import is and,
 * once it has ended, what was stored or why nothing was. Someone who leaves the page and comes back
 * finds their import still running, or how it ended, among the contract's latest imports.
 */
@Named
@ViewScoped
public class ResultImportView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How many of a contract's imports the page lists. */
  private static final int LISTED = 5;

  @EJB private ResultImports imports;

  @Inject private ContractView contractView;

  @Inject private ContractOptions options;

  private ImportStatus watched;

  private List<ImportStatus> recent = List.of();

  private List<String> problems = List.of();

  private int problemCount;

  @PostConstruct
  void load() {
    if (contractView.getContract() == null) {
      return;
    }
    recent = imports.recent(contractView.getContract().reference(), LISTED);
    String me = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    watched =
        recent.stream()
            .filter(
                anImport ->
                    anImport.state() == ImportState.RUNNING && anImport.submittedBy().equals(me))
            .findFirst()
            .orElse(null);
  }

  /** Starts importing the chosen file; the page follows it from here. */
  public void importFile(FileUploadEvent upload) {
    UploadedFile file = upload.getFile();
    problems = List.of();
    problemCount = 0;
    try (InputStream content = file.getInputStream()) {
      long id = imports.submit(file.getFileName(), content, contractView.getContract().reference());
      watched = imports.status(id).orElseThrow();
    } catch (IOException unreadable) {
      FacesContext.getCurrentInstance()
          .addMessage(null, Messages.error("import.unreadable", file.getFileName()));
      return;
    }
    follow();
  }

  /** Asked by the page while the import runs; tells the outcome once it has ended. */
  public void follow() {
    watched = imports.status(watched.id()).orElseThrow();
    if (!watched.state().finished()) {
      return;
    }
    recent = imports.recent(contractView.getContract().reference(), LISTED);
    switch (watched.state()) {
      case STORED -> {
        Messages.notice(
            "import.done",
            watched.fileName(),
            watched.receipt().values(),
            watched.receipt().superseded(),
            watched.receipt().unchanged());
        contractView.resultsChanged();
      }
      case REJECTED -> {
        problemCount = watched.problemCount();
        problems = watched.problems().stream().map(options::problem).toList();
        FacesContext.getCurrentInstance()
            .addMessage(null, Messages.error("import.rejected", watched.fileName(), problemCount));
      }
      default ->
          FacesContext.getCurrentInstance()
              .addMessage(null, Messages.errorText(watched.fileName() + ": " + outcome(watched)));
    }
    watched = null;
  }

  /**
   * How an import stands or ended, in words: with the values stored, the problems found or how far
   * it is.
   */
  public String outcome(ImportStatus anImport) {
    Object figure =
        switch (anImport.state()) {
          case STORED -> anImport.receipt().values();
          case REJECTED -> anImport.problemCount();
          default -> anImport.percent();
        };
    return Messages.text("import.outcome." + anImport.state(), figure);
  }

  public boolean isRunning() {
    return watched != null;
  }

  public ImportStatus getWatched() {
    return watched;
  }

  public List<ImportStatus> getRecent() {
    return recent;
  }

  public List<String> getProblems() {
    return problems;
  }

  public int getProblemCount() {
    return problemCount;
  }
}
