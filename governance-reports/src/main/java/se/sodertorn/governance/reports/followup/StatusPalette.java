package se.sodertorn.governance.reports.followup;

import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;

/** The colours of each status: cell fill and font for the conditional formatting, and the chart's bar colour. */
final class StatusPalette {

    /** RGB colours of one status; {@code fill} and {@code font} are {@code null} when its cells stay plain. */
    record Colours(byte[] fill, byte[] font, byte[] bar) {
    }

    private static final Map<ActivityStatus, Colours> COLOURS = new EnumMap<>(ActivityStatus.class);

    static {
        COLOURS.put(ActivityStatus.PLANNED, colours(null, null, "A5A5A5"));
        COLOURS.put(ActivityStatus.ONGOING, colours("DDEBF7", "1F4E79", "5B9BD5"));
        COLOURS.put(ActivityStatus.DONE, colours("C6EFCE", "006100", "70AD47"));
        COLOURS.put(ActivityStatus.POSTPONED, colours("FCE4D6", "974706", "ED7D31"));
        COLOURS.put(ActivityStatus.NOT_DONE, colours("FFC7CE", "9C0006", "C00000"));
        COLOURS.put(ActivityStatus.CANCELLED, colours("FFC7CE", "9C0006", "FF7C80"));
    }

    private StatusPalette() {
    }

    static Colours of(ActivityStatus status) {
        return COLOURS.get(status);
    }

    private static Colours colours(String fill, String font, String bar) {
        return new Colours(rgb(fill), rgb(font), rgb(bar));
    }

    private static byte[] rgb(String hex) {
        return hex == null ? null : HexFormat.of().parseHex(hex);
    }
}
