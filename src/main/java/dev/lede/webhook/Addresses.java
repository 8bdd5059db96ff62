package dev.lede.webhook;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Which addresses a webhook may not reach: anything not a public unicast address. An IPv4 address is
 * judged whatever form carries it (IPv4-mapped or -compatible IPv6, NAT64 64:ff9b::/96, 6to4 2002::/16,
 * Teredo 2001::/32), and a host written as a number in any form but plain dotted decimal (0177.0.0.1,
 * 0x7f.1, 2130706433, 127.1) is refused outright: HTTP clients, proxies and resolvers read those forms
 * differently, so no check of one reading protects the others.
 */
final class Addresses {
    /** WHATWG URL: a host whose last label is a number is an IPv4 address, not a name. */
    private static final Pattern NUMERIC_LAST_LABEL = Pattern.compile("(^|.*\\.)(\\d+|0[xX][0-9a-fA-F]*)\\.?");
    private static final Pattern DOTTED_DECIMAL =
            Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    // refused IPv4 blocks as {address, prefix length}: this network, private, shared, loopback, link-local,
    // IETF protocol assignments, documentation, benchmarking, multicast, reserved and broadcast
    private static final int[][] V4_BLOCKS = {
            {0x00000000, 8}, {0x0A000000, 8}, {0x64400000, 10}, {0x7F000000, 8}, {0xA9FE0000, 16}, {0xAC100000, 12},
            {0xC0000000, 24}, {0xC0000200, 24}, {0xC0A80000, 16}, {0xC6120000, 15}, {0xC6336400, 24}, {0xCB007100, 24},
            {0xE0000000, 4}, {0xF0000000, 4}};

    private Addresses() {
    }

    /** A host that spells an IPv4 address in a form other than a.b.c.d. */
    static boolean ambiguousNumber(String host) {
        return NUMERIC_LAST_LABEL.matcher(host).matches() && !DOTTED_DECIMAL.matcher(host).matches();
    }

    static boolean internal(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return internalV4(b, 0);
        }
        int first = (b[0] & 0xff) << 8 | b[1] & 0xff;
        boolean zeros10 = Arrays.equals(Arrays.copyOf(b, 10), new byte[10]);
        if (zeros10 && (b[10] & b[11] & 0xff) == 0xff || zeros10 && b[10] == 0 && b[11] == 0) {
            return internalV4(b, 12); // IPv4-mapped ::ffff:a.b.c.d, IPv4-compatible ::a.b.c.d (and :: and ::1)
        }
        if (first == 0x0064 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b) {
            // NAT64, local-use too
            return Arrays.equals(Arrays.copyOfRange(b, 4, 12), new byte[8]) ? internalV4(b, 12) : true;
        }
        if (first == 0x2002) {
            return internalV4(b, 2); // 6to4
        }
        if (first == 0x2001 && b[2] == 0 && b[3] == 0) {
            byte[] client = new byte[4];
            for (int i = 0; i < 4; i++) {
                client[i] = (byte) ~b[12 + i];
            }
            return internalV4(b, 4) || internalV4(client, 0); // Teredo: server, and the client obscured
        }
        boolean documentation = first == 0x2001 && b[2] == 0x0d && b[3] == (byte) 0xb8;
        return (first & 0xffc0) == 0xfe80 || (first & 0xffc0) == 0xfec0 || (first & 0xfe00) == 0xfc00
                || (first & 0xff00) == 0xff00 || first == 0x0100 || documentation;
    }

    private static boolean internalV4(byte[] b, int offset) {
        int address = (b[offset] & 0xff) << 24 | (b[offset + 1] & 0xff) << 16 | (b[offset + 2] & 0xff) << 8 | b[offset
                + 3] & 0xff;
        for (int[] block : V4_BLOCKS) {
            int mask = -1 << (32 - block[1]);
            if ((address & mask) == block[0]) {
                return true;
            }
        }
        return false;
    }
}
