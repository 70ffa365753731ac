package se.sodertorn.governance.domain.meeting;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The name a paper's file is stored and given under, made safe from the name the uploading program sent: no folder
 * part, no control or invisible formatting characters (a right-to-left override can disguise "fdp.exe" as
 * "exe.pdf"), none of the characters Windows forbids in names, no leading dots, no name Windows reserves for a device,
 * at most {@value #MAX} characters, and ending in the extension of the type read from the content.
 */
public final class PaperFileName {

    /** Longest name, in characters. */
    public static final int MAX = 150;
    /** The name of a file that came without a usable one. */
    static final String NAMELESS = "handling";

    /**
     * How browsers write a quote and line breaks in a multipart form's file name (the HTML standard's
     * multipart/form-data encoding): read as a space, like the other characters a name may not hold.
     */
    private static final Pattern FORM_ESCAPES = Pattern.compile("%(22|0[dDaA])");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\p{Co}\\p{Cn}]");
    private static final Pattern FORBIDDEN = Pattern.compile("[<>:\"/\\\\|?*]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** An extension has a letter: in "Budget v1.2" the ".2" is part of the name. */
    private static final Pattern EXTENSION = Pattern.compile("\\.(?=[A-Za-z0-9]{0,4}[A-Za-z])[A-Za-z0-9]{1,5}$");
    private static final Set<String> DEVICES = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4",
            "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8",
            "LPT9");

    private PaperFileName() {
    }

    /**
     * The safe name for an uploaded file.
     *
     * @param uploaded  the name as sent, perhaps with a folder ({@code C:\Users\…\Förslag.docx}), perhaps null
     * @param extension the extension of the type read from the content, without the dot (e.g. {@code pdf})
     */
    public static String of(String uploaded, String extension) {
        String name = uploaded == null ? "" : FORM_ESCAPES.matcher(uploaded).replaceAll(" ");
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        name = CONTROL.matcher(name).replaceAll(" ");
        name = INVISIBLE.matcher(name).replaceAll("");
        name = FORBIDDEN.matcher(name).replaceAll("_");
        name = SPACES.matcher(name).replaceAll(" ").strip();
        String base = EXTENSION.matcher(name).replaceFirst("");
        base = base.replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "");
        if (base.isEmpty()) {
            base = NAMELESS;
        }
        if (DEVICES.contains(base.toUpperCase(Locale.ROOT))) {
            base = "_" + base;
        }
        String suffix = "." + extension.toLowerCase(Locale.ROOT);
        if (base.length() + suffix.length() > MAX) {
            base = base.substring(0, MAX - suffix.length()).strip();
        }
        return base + suffix;
    }
}
