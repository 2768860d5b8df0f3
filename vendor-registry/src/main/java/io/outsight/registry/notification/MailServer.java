package io.outsight.registry.notification;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SMTP server notifications are mailed through, from the configuration: {@code
 * outsight.mail.host} (none: notifications stay in the portal), {@code .port} (25), {@code .from},
 * {@code .user} and {@code .password} when the server wants a sign-in, {@code .starttls}. Links in
 * mails lead to the portal's public address, {@code outsight.url}.
 */
@ApplicationScoped
public class MailServer {

  private static final Logger LOG = Logger.getLogger(MailServer.class.getName());

  /** How long the server may take to answer before a mail is left for the next run. */
  private static final String TIMEOUT_MILLIS = "20000";

  @Inject
  @ConfigProperty(name = "outsight.mail.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "outsight.mail.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "outsight.mail.from", defaultValue = "outsight@localhost")
  String from;

  @Inject
  @ConfigProperty(name = "outsight.mail.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "outsight.mail.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "outsight.mail.starttls", defaultValue = "false")
  boolean starttls;

  @Inject
  @ConfigProperty(name = "outsight.url", defaultValue = "http://localhost:8080/")
  String portalAddress;

  private Session session;

  @PostConstruct
  void connect() {
    Optional<String> configured = host.map(String::strip).filter(name -> !name.isEmpty());
    if (configured.isEmpty()) {
      LOG.info("No mail server configured (outsight.mail.host): notifications stay in the portal");
      return;
    }
    Properties properties = new Properties();
    properties.put("mail.smtp.host", configured.get());
    properties.put("mail.smtp.port", String.valueOf(port));
    properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
    properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
    properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
    properties.put("mail.smtp.starttls.enable", String.valueOf(starttls));
    properties.put("mail.smtp.starttls.required", String.valueOf(starttls));
    Authenticator signIn = null;
    if (user.isPresent()) {
      properties.put("mail.smtp.auth", "true");
      signIn =
          new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
              return new PasswordAuthentication(user.get(), password.orElse(""));
            }
          };
    }
    session = Session.getInstance(properties, signIn);
    LOG.info(() -> "Notifications are mailed through " + configured.get() + ":" + port);
  }

  public boolean configured() {
    return session != null;
  }

  /** A new message from the configured sender. */
  public MimeMessage message() throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress(from));
    return message;
  }

  public void send(MimeMessage message) throws MessagingException {
    Transport.send(message);
  }

  /** The portal's address with a page's path after it. */
  public String link(String path) {
    return (portalAddress.endsWith("/") ? portalAddress : portalAddress + "/") + path;
  }
}
