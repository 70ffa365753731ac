package se.sodertorn.governance.ejb.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

/**
 * The IANA zone a TZID stands for when the file has no VTIMEZONE of that name, as real producers write them:
 * an IANA name ({@code Europe/Stockholm}); one behind a prefix path ({@code /mozilla.org/20070129_1/Europe/Berlin});
 * a Windows name ({@code W. Europe Standard Time}, mapped by Unicode CLDR's windowsZones, resource
 * {@value #WINDOWS_ZONES}); a localized name of a European zone ({@code Centraleuropeisk normaltid},
 * {@code Mitteleuropäische Normalzeit}: the CLDR names the JDK knows in Swedish, English, German, Danish, Norwegian,
 * Finnish and French);
 * or an Outlook display name listing cities ({@code (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien}).
 */
final class TimeZoneNames {

    /** The classpath resource of Windows names and their IANA zones (tab-separated, # comments). */
    static final String WINDOWS_ZONES = "/calendar/windows-zones.tsv";

    private static final List<Locale> LOCALES = List.of(new Locale("sv"), Locale.ENGLISH, Locale.GERMAN,
            new Locale("da"), new Locale("nb"), new Locale("fi"), Locale.FRENCH);
    private static final Map<String, String> WINDOWS = windowsNames();

    private TimeZoneNames() {
    }

    /** The IANA zone the name stands for, if any of the forms above recognizes it. */
    static Optional<ZoneId> resolve(String tzid) {
        if (tzid == null || tzid.isBlank()) {
            return Optional.empty();
        }
        String name = tzid.strip();
        String key = name.toLowerCase(Locale.ROOT);
        for (String candidate : new String[] {name, WINDOWS.get(key)}) {
            Optional<ZoneId> zone = zone(candidate);
            if (zone.isPresent()) {
                return zone;
            }
        }
        Optional<ZoneId> localized = zone(Localized.NAMES.get(key));
        if (localized.isPresent()) {
            return localized;
        }
        for (int slash = name.indexOf('/'); slash >= 0; slash = name.indexOf('/', slash + 1)) {
            Optional<ZoneId> zone = zone(name.substring(slash + 1)).filter(z -> z.getId().contains("/"));
            if (zone.isPresent()) {
                return zone;
            }
        }
        return byCity(name);
    }

    /** The first city of a list such as "(UTC+01:00) Amsterdam, Berlin, Stockholm" that names a zone. */
    private static Optional<ZoneId> byCity(String name) {
        String cities = name.replaceFirst("^\\s*\\([^)]*\\)", "");
        for (String city : cities.split(",")) {
            Optional<ZoneId> zone = zone(Localized.CITIES.get(city.strip().toLowerCase(Locale.ROOT)));
            if (zone.isPresent()) {
                return zone;
            }
        }
        return Optional.empty();
    }

    private static Optional<ZoneId> zone(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException unknown) {
            return Optional.empty();
        }
    }

    private static Map<String, String> windowsNames() {
        Map<String, String> names = new HashMap<>();
        try (InputStream in = TimeZoneNames.class.getResourceAsStream(WINDOWS_ZONES);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.split("\t");
                if (!line.startsWith("#") && cells.length == 2) {
                    names.put(cells[0].strip().toLowerCase(Locale.ROOT), cells[1].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /**
     * Localized zone names and cities, made on first need only (reading the JDK's CLDR names takes a second): of the
     * European zones, where the calendars the cooperation reads come from.
     */
    private static final class Localized {

        static final Map<String, String> NAMES = localizedNames();
        static final Map<String, String> CITIES = cities();

        /** Zone ids in the order their names are claimed: Stockholm first, then Europe, then the rest. */
        private static List<String> zoneIds() {
            List<String> ids = new ArrayList<>(ZoneId.getAvailableZoneIds());
            ids.sort(Comparator.comparing((String id) -> !id.equals(Stockholm.TZID))
                    .thenComparing(id -> !id.startsWith("Europe/")).thenComparing(Comparator.naturalOrder()));
            return ids;
        }

        private static Map<String, String> localizedNames() {
            Map<String, String> names = new HashMap<>();
            for (String id : zoneIds()) {
                if (!id.startsWith("Europe/")) {
                    continue;
                }
                TimeZone zone = TimeZone.getTimeZone(id);
                for (Locale locale : LOCALES) {
                    for (boolean daylight : new boolean[] {false, true}) {
                        names.putIfAbsent(zone.getDisplayName(daylight, TimeZone.LONG, locale).toLowerCase(Locale.ROOT),
                                id);
                    }
                }
            }
            return names;
        }

        private static Map<String, String> cities() {
            Map<String, String> cities = new HashMap<>();
            for (String id : zoneIds()) {
                if (id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/")) {
                    cities.putIfAbsent(id.substring(id.lastIndexOf('/') + 1).replace('_', ' ').toLowerCase(Locale.ROOT),
                            id);
                }
            }
            return cities;
        }
    }
}
