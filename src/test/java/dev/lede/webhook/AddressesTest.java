package dev.lede.webhook;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Webhook targets are judged by the address they reach, whatever form the URL writes it in. */
class AddressesTest {
    static final Targets.Dns LITERALS_ONLY = InetAddress::getAllByName;

    @ParameterizedTest
    @ValueSource(strings = {
            "http://0177.0.0.1/", "http://0x7f.0.0.1/", "http://0x7f000001/", "http://2130706433/", "http://127.1/",
            "http://017700000001/", "http://127.0.0.1./",
            "http://[64:ff9b::7f00:1]/", "http://[64:ff9b::a00:1]/", "http://[64:ff9b:1::1]/",
            "http://[2002:7f00:1::]/", "http://[2002:c0a8:101::1]/",
            "http://[::ffff:127.0.0.1]/", "http://[::ffff:a9fe:a9fe]/", "http://[::127.0.0.1]/",
            "http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/",
            "http://255.255.255.255/", "http://0.0.0.0/", "http://[::]/", "http://[::1]/", "http://0.1.2.3/",
            "http://100.64.0.1/", "http://198.18.0.1/", "http://240.0.0.1/", "http://224.0.0.1/",
            "http://[fe80::1]/", "http://[fd00::1]/", "http://[ff02::1]/", "http://[fec0::1]/"})
    void internalAddressesAreRefusedInEveryForm(String url) {
        assertThrows(Targets.Refused.class, () -> Targets.resolve(url, false, LITERALS_ONLY), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://93.184.215.14/hook", "https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/hook",
            "http://[64:ff9b::5db8:d70e]/", "http://[2002:5db8:d70e::1]/", "http://1.1.1.1:8080/x"})
    void publicAddressesAreAccepted(String url) {
        assertDoesNotThrow(() -> Targets.resolve(url, false, LITERALS_ONLY), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://0177.0.0.1/", "http://2130706433/", "http://0x5d.0xb8.0xd7.0x0e/"})
    void addressesInOctalHexadecimalOrShortFormsAreRefusedEvenWhereInternalOnesAreAllowed(String url) {
        assertThrows(Targets.Refused.class, () -> Targets.resolve(url, true, LITERALS_ONLY), url);
    }
}
