package io.outsight.registry;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The real SMTP server the container tests mail to (GreenMail), started inside the portal's JVM on
 * the port the portal's configuration names; part of {@link RegistryDeployment#withMailServer()}.
 */
public final class SmtpServer {

  private SmtpServer() {}

  /** A server listening where the portal mails; the caller stops it. */
  public static GreenMail started() {
    GreenMail server =
        new GreenMail(
            new ServerSetup(Integer.getInteger("outsight.mail.port"), "127.0.0.1", "smtp"));
    server.start();
    return server;
  }
}
