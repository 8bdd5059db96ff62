package dev.lede.webhook;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.PfxOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Sends go to the address that was checked, whatever the name resolves to later (no DNS rebinding). */
class ReceiverClientTest {
    private final Vertx vertx = Vertx.vertx();
    private final ReceiverClient client = new ReceiverClient(vertx);

    @AfterEach
    void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    private static Targets.Dns only(String host, String... addresses) {
        return name -> {
            if (!name.equals(host)) {
                throw new UnknownHostException(name);
            }
            InetAddress[] all = new InetAddress[addresses.length];
            for (int i = 0; i < addresses.length; i++) {
                all[i] = InetAddress.getByName(addresses[i]);
            }
            return all;
        };
    }

    @Test
    void theRequestGoesToTheCheckedAddressAndStillNamesTheHost() throws Exception {
        try (TestReceiver receiver = new TestReceiver(r -> 204)) {
            int port = URI.create(receiver.url()).getPort();
            // receiver.invalid resolves nowhere: the request can only arrive through the checked address
            Targets.Target target = Targets.resolve("http://receiver.invalid:" + port + "/hook", true, only("receiver.invalid", "127.0.0.1"));
            int status = client.post(target, Map.of("Content-Type", "application/json", "X-Lede-Event", "article.created"),
                    "{\"seq\":1}".getBytes(StandardCharsets.UTF_8));
            assertThat(status, is(204));
            assertThat(receiver.received, hasSize(1));
            assertThat(receiver.received.get(0).header("Host"), is("receiver.invalid:" + port));
            assertThat(receiver.received.get(0).header("X-Lede-Event"), is("article.created"));
            assertThat(receiver.received.get(0).body(), is("{\"seq\":1}"));
        }
    }

    @Test
    void aNameWithAnyInternalAddressIsRefused() {
        Targets.Dns mixed = only("hooks.example", "93.184.215.14", "10.0.0.7");
        Targets.Refused refused = assertThrows(Targets.Refused.class, () -> Targets.resolve("https://hooks.example/x", false, mixed));
        assertThat(refused.getMessage(), containsString("private"));
        assertThrows(Targets.Refused.class, () -> Targets.resolve("https://elsewhere.example/x", false, mixed));
    }

    @Test
    void aPublicHttpsNameIsTargetedAtItsFirstAddressOnPort443() throws Exception {
        Targets.Target target = Targets.resolve("https://hooks.example/x", false, only("hooks.example", "93.184.215.14"));
        assertThat(target.address().getHostAddress(), is("93.184.215.14"));
        assertThat(target.port(), is(443));
        assertThat(target.secure(), is(true));
    }

    @Test
    void anUnreachableReceiverIsAnIoErrorThatSaysWhy() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Targets.Target target = Targets.resolve("http://127.0.0.1:" + closedPort + "/hook", true, Targets.Dns.SYSTEM);
        IOException e = assertThrows(IOException.class, () -> client.post(target, Map.of(), new byte[0]));
        assertThat(e.getMessage(), containsString("Connection refused"));
    }

    @Test
    void tlsChecksTheCertificateAgainstTheUrlsHostNotTheAddress(@TempDir Path dir) throws Exception {
        Path keystore = dir.resolve("receiver.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "receiver", "-keyalg", "EC", "-dname", "CN=receiver.invalid", "-ext", "SAN=dns:receiver.invalid",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", "changeit")
                .redirectErrorStream(true).start();
        assertThat(new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8), keytool.waitFor(), is(0));
        PfxOptions store = new PfxOptions().setPath(keystore.toString()).setPassword("changeit");
        HttpServer server = vertx.createHttpServer(new HttpServerOptions().setSsl(true).setKeyCertOptions(store))
                .requestHandler(request -> request.response().setStatusCode(202).end());
        int port = server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().join().actualPort();
        ReceiverClient trusting = new ReceiverClient(vertx, new HttpClientOptions().setTrustOptions(store));

        Targets.Dns dns = only("receiver.invalid", "127.0.0.1");
        assertThat(trusting.post(Targets.resolve("https://receiver.invalid:" + port + "/x", true, dns), Map.of(), new byte[0]), is(202));
        Targets.Dns other = only("other.invalid", "127.0.0.1");
        IOException e = assertThrows(IOException.class,
                () -> trusting.post(Targets.resolve("https://other.invalid:" + port + "/x", true, other), Map.of(), new byte[0]));
        assertThat(e.getMessage(), allOf(startsWith("SSLHandshakeException"), containsString("other.invalid")));
    }
}
