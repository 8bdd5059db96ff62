package dev.lede.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One generated request, written byte for byte: headers are kept as given (a missing Host, a bad
 * Content-Length or a control character included), and Content-Length is added unless a header sets it.
 */
record FuzzRequest(String what, String method, String target, Map<String, String> headers, byte[] body) {

    static FuzzRequest of(String what, String method, String target) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", "localhost");
        return new FuzzRequest(what, method, target, headers, new byte[0]);
    }

    FuzzRequest what(String what) {
        return new FuzzRequest(what, method, target, headers, body);
    }

    FuzzRequest target(String target) {
        return new FuzzRequest(what, method, target, headers, body);
    }

    FuzzRequest header(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        if (value == null) {
            copy.remove(name);
        } else {
            copy.put(name, value);
        }
        return new FuzzRequest(what, method, target, copy, body);
    }

    FuzzRequest body(String contentType, byte[] body) {
        return new FuzzRequest(what, method, target, headers, body).header("Content-Type", contentType);
    }

    FuzzRequest body(byte[] body) {
        return new FuzzRequest(what, method, target, headers, body);
    }

    byte[] bytes() {
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (!headers.containsKey("Content-Length") && !headers.containsKey("Transfer-Encoding") && body.length > 0) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        out.writeBytes(body);
        return out.toByteArray();
    }

    @Override
    public String toString() {
        String shown = target.length() > 120 ? target.substring(0, 120) + "…" : target;
        return what + ": " + method + " " + shown;
    }
}
