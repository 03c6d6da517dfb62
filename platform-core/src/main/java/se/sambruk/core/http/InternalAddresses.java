package se.sambruk.core.http;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Which resolved addresses an outgoing call must never reach: the machine itself, its networks
 * and the cloud's metadata services. IPv6 forms that carry an IPv4 address (compatible, mapped,
 * NAT64, 6to4) are judged by that address.
 */
final class InternalAddresses {

    private InternalAddresses() {
    }

    /** Why the address is internal (for the message), or null when it is a public address. */
    static String kind(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            byte[] b = v6.getAddress();
            Inet4Address embedded = embeddedIpv4(b);
            if (embedded != null) {
                return kind(embedded);
            }
            if ((b[0] & 0xfe) == 0xfc) {
                return "privat nät (ULA)";
            }
        }
        if (address.isAnyLocalAddress()) {
            return "ospecificerad adress";
        }
        if (address.isLoopbackAddress()) {
            return "den egna maskinen";
        }
        if (address.isLinkLocalAddress()) {
            return "länklokal adress (molnets metadata)";
        }
        if (address.isSiteLocalAddress()) {
            return "privat nät";
        }
        if (address.isMulticastAddress()) {
            return "multicast";
        }
        if (address instanceof Inet4Address) {
            int first = address.getAddress()[0] & 0xff;
            int second = address.getAddress()[1] & 0xff;
            if (first == 0) {
                return "ospecificerad adress";
            }
            if (first == 100 && second >= 64 && second < 128) {
                return "privat nät (operatörens NAT)";
            }
            if (first == 198 && (second == 18 || second == 19)) {
                return "privat nät (testnät)";
            }
            if (first >= 240) {
                return "reserverad adress";
            }
            if (address.getHostAddress().equals("168.63.129.16") || address.getHostAddress().equals("192.0.0.192")) {
                return "molnets metadata";
            }
        }
        return null;
    }

    private static Inet4Address embeddedIpv4(byte[] b) {
        int from = -1;
        if (allZero(b, 0, 12)) {
            from = 12; // IPv4-compatible (::a.b.c.d), and :: and ::1 which are judged as 0.0.0.0 and 0.0.0.1
            if (allZero(b, 12, 15)) {
                return null; // :: and ::1: Java's own checks know them
            }
        } else if (allZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            from = 12; // IPv4-mapped
        } else if ((b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
                && allZero(b, 4, 12)) {
            from = 12; // NAT64 64:ff9b::/96
        } else if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
            from = 2; // 6to4 2002::/16
        }
        if (from < 0) {
            return null;
        }
        try {
            return (Inet4Address) InetAddress.getByAddress(new byte[] {b[from], b[from + 1], b[from + 2], b[from + 3]});
        } catch (UnknownHostException impossible) {
            return null;
        }
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
