package io.outsight.web.cluster;

import io.outsight.web.PortalProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * nginx (Debian's) in front of the cluster on loopback, as a site's load balancer would be: every
 * request goes to the first instance while it answers, and to the second when it does not. Its
 * access log names the instance that served each request.
 */
final class LoadBalancer implements AutoCloseable {

  private final Path folder;
  private final int port;
  private final Process nginx;

  LoadBalancer(Path folder, int primaryPort, int backupPort)
      throws IOException, InterruptedException {
    this.folder = Files.createDirectories(folder);
    this.port = PortalProcess.freePort();
    Files.writeString(
        folder.resolve("nginx.conf"),
        """
        daemon off;
        master_process off;
        pid nginx.pid;
        error_log error.log;
        events { worker_connections 256; }
        http {
          log_format upstream '$request_method $uri $status $upstream_addr';
          access_log access.log upstream;
          client_body_temp_path body; proxy_temp_path proxy;
          fastcgi_temp_path fastcgi; uwsgi_temp_path uwsgi; scgi_temp_path scgi;
          upstream portal {
            server 127.0.0.1:%d max_fails=1 fail_timeout=60s;
            server 127.0.0.1:%d backup;
          }
          server {
            listen 127.0.0.1:%d;
            client_max_body_size 50m;
            location / {
              proxy_pass http://portal;
              proxy_set_header Host $http_host;
              proxy_connect_timeout 2s;
              proxy_read_timeout 120s;
            }
          }
        }
        """
            .formatted(primaryPort, backupPort, port));
    nginx =
        new ProcessBuilder(
                "/usr/sbin/nginx", "-p", folder.toString(), "-c", "nginx.conf", "-e", "error.log")
            .redirectErrorStream(true)
            .redirectOutput(folder.resolve("nginx.out").toFile())
            .start();
    Thread.sleep(500);
    if (!nginx.isAlive()) {
      throw new IllegalStateException(
          "nginx did not start: " + Files.readString(folder.resolve("nginx.out")));
    }
  }

  String url() {
    return "http://127.0.0.1:" + port + "/";
  }

  /** Each request served so far: method, path, status and the instance's address. */
  List<String> requests() throws IOException {
    return Files.readAllLines(folder.resolve("access.log"));
  }

  @Override
  public void close() throws InterruptedException {
    nginx.destroy();
    nginx.waitFor();
  }
}
