package dev.lede.webhook;

import dev.lede.problem.ApiException;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;

/**
 * Which URLs webhooks may be sent to: http(s) only, and no internal addresses unless allowed. A URL is
 * resolved once and sent to the address that was checked, so a name re-pointed at an internal address
 * between the check and the connection (DNS rebinding) cannot reach it.
 */
final class Targets {
    /** Looks up a host's addresses; the system resolver outside tests. */
    interface Dns {
        Dns SYSTEM = InetAddress::getAllByName;

        InetAddress[] addresses(String host) throws UnknownHostException;
    }

    /** A URL that may be sent to, and the checked address to connect to. */
    record Target(URI uri, InetAddress address) {
        boolean secure() {
            return uri.getScheme().equals("https");
        }

        int port() {
            return uri.getPort() != -1 ? uri.getPort() : secure() ? 443 : 80;
        }
    }

    /** Why a URL may not be sent to, in words that follow "The URL". */
    static final class Refused extends Exception {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    private Targets() {
    }

    static Target resolve(String url, boolean allowPrivate, Dns dns) throws Refused {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new Refused("is not a URL");
        }
        if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                || uri.getHost() == null) {
            throw new Refused("must be an absolute http or https URL");
        }
        if (Addresses.ambiguousNumber(uri.getHost())) {
            throw new Refused("must name its host, or give an IPv4 address as four decimal numbers (203.0.113.7), "
                    + "not in octal, hexadecimal or short forms");
        }
        InetAddress[] addresses;
        try {
            addresses = dns.addresses(uri.getHost());
        } catch (UnknownHostException e) {
            throw new Refused("has a host name that does not resolve");
        }
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                if (Addresses.internal(address)) {
                    throw new Refused("must not point to a loopback, private, link-local or other non-public address");
                }
            }
        }
        return new Target(uri, addresses[0]);
    }

    /** The reason this URL is refused, or null when it is fine. */
    static String refusal(String url, boolean allowPrivate) {
        try {
            resolve(url, allowPrivate, Dns.SYSTEM);
            return null;
        } catch (Refused e) {
            return e.getMessage();
        }
    }

    static void check(String url, boolean allowPrivate) {
        String refusal = refusal(url, allowPrivate);
        if (refusal != null) {
            throw ApiException.invalidParameter("url", refusal);
        }
    }
}
