package se.sodertorn.governance.web.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** {@code Content-Disposition} headers for downloads as RFC 6266 describes them, with a UTF-8 file name too. */
public final class ContentDisposition {

    private ContentDisposition() {
    }

    /** {@code attachment; filename="…"; filename*=UTF-8''…}; the plain name keeps only safe ASCII characters. */
    public static String attachment(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
