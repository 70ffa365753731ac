package se.sodertorn.governance.reports.followup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Builds valid workbooks whose second sheet is padded with a long run of white space: tiny zipped, huge inflated. */
final class ZipBombs {

    private static final String PADDED_SHEET = "xl/worksheets/sheet2.xml";
    private static final String SHEET_DATA = "<sheetData>";

    private ZipBombs() {
    }

    static byte[] withPaddedSheet(byte[] xlsx, long paddingBytes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(PADDED_SHEET)) {
                    writePadded(out, new String(content, StandardCharsets.UTF_8), paddingBytes);
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void writePadded(ZipOutputStream out, String sheet, long paddingBytes) throws IOException {
        int split = sheet.indexOf(SHEET_DATA) + SHEET_DATA.length();
        out.write(sheet.substring(0, split).getBytes(StandardCharsets.UTF_8));
        byte[] spaces = new byte[1 << 20];
        Arrays.fill(spaces, (byte) ' ');
        for (long written = 0; written < paddingBytes; written += spaces.length) {
            out.write(spaces);
        }
        out.write(sheet.substring(split).getBytes(StandardCharsets.UTF_8));
    }
}
