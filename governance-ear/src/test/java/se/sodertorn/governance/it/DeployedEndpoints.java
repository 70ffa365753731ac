package se.sodertorn.governance.it;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * What the built EAR offers, read from the EAR file itself: every REST endpoint of the web module (its JAX-RS
 * classes, found by the {@code @Path} they carry, loaded and read by reflection) and every page ({@code .xhtml} outside
 * {@code WEB-INF}). Addresses are compared with the security tables in one form: path templates with their
 * parameters written {@code {}} and without the query.
 */
final class DeployedEndpoints {

    private static final String WAR = "governance-web.war";
    private static final String CLASSES = "WEB-INF/classes/";
    private static final byte[] PATH_ANNOTATION = "Ljakarta/ws/rs/Path;".getBytes(StandardCharsets.UTF_8);

    private final Set<String> endpoints = new TreeSet<>();
    private final Set<String> pages = new TreeSet<>();

    private DeployedEndpoints() {
    }

    /** The endpoints and pages of the EAR the build made (system property {@code governance.ear}). */
    static DeployedEndpoints ofBuiltEar() {
        DeployedEndpoints found = new DeployedEndpoints();
        Map<String, byte[]> classes = new HashMap<>();
        File ear = new File(System.getProperty("governance.ear", "target/governance.ear"));
        try (ZipFile zip = new ZipFile(ear); InputStream war = zip.getInputStream(entry(zip, WAR));
                ZipInputStream entries = new ZipInputStream(war)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                String name = entry.getName();
                if (name.endsWith(".xhtml") && !name.startsWith("WEB-INF/")) {
                    found.pages.add(name);
                } else if (name.startsWith(CLASSES) && name.endsWith(".class")) {
                    classes.put(name.substring(CLASSES.length(), name.length() - ".class".length()).replace('/', '.'),
                            entries.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        WebModuleClasses loader = new WebModuleClasses(classes);
        classes.entrySet().stream().filter(c -> contains(c.getValue(), PATH_ANNOTATION))
                .forEach(c -> found.addResource(loader.load(c.getKey())));
        if (found.endpoints.isEmpty()) {
            throw new IllegalStateException("no REST endpoint found in " + ear);
        }
        return found;
    }

    /** {@code METHOD path} of every endpoint under {@code /governance/api/}, e.g. {@code GET meetings/{}.ics}. */
    Set<String> endpoints() {
        return endpoints;
    }

    /** Every page, e.g. {@code plans/plan.xhtml}. */
    Set<String> pages() {
        return pages;
    }

    /** An address of a table in the form of {@link #endpoints}: placeholders as {@code {}}, no query. */
    static String normalised(String path) {
        int query = path.indexOf('?');
        return (query < 0 ? path : path.substring(0, query)).replaceAll("\\$?\\{[^}]*}", "{}");
    }

    private void addResource(Class<?> resource) {
        String base = resource.isAnnotationPresent(Path.class) ? resource.getAnnotation(Path.class).value() : "";
        for (Method method : resource.getMethods()) {
            String verb = httpMethod(method);
            Path path = method.getAnnotation(Path.class);
            if (verb == null && path != null) {
                throw new IllegalStateException("sub-resource locators are not enumerated: " + method);
            }
            if (verb != null) {
                endpoints.add(verb + " " + normalised(join(base, path == null ? "" : path.value())));
            }
        }
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static String join(String base, String path) {
        String joined = (base + "/" + path).replaceAll("/+", "/");
        return joined.replaceAll("^/|/$", "");
    }

    private static ZipEntry entry(ZipFile zip, String name) {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new IllegalStateException(name + " is not in " + zip.getName());
        }
        return entry;
    }

    private static boolean contains(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i <= bytes.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** The web module's classes, loaded from the WAR beside the test's own class path (APIs, domain, services). */
    private static final class WebModuleClasses extends ClassLoader {

        private final Map<String, byte[]> classes;

        WebModuleClasses(Map<String, byte[]> classes) {
            super(DeployedEndpoints.class.getClassLoader());
            this.classes = classes;
        }

        Class<?> load(String name) {
            try {
                return loadClass(name);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
