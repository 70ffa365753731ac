package se.sodertorn.governance.ejb.calendar;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.logging.Logger;
import se.sodertorn.governance.domain.shared.GovernanceException;

/**
 * Fetches a calendar file from an address a user gave, with bounded work whatever the other end does: only
 * {@code http}, {@code https} and {@code webcal} addresses of hosts that resolve to public addresses (never the
 * server itself, link-local, private or multicast networks), at most {@value #MAX_REDIRECTS} redirects, each
 * checked the same way, at most {@link #maxBytes} bytes and {@link #deadline} in all. Every refusal gives the user
 * the same neutral message ({@value #FAILED}), so that the import cannot be used to map a network; the log says
 * why.
 */
public final class CalendarFetcher {

    /** Message key of every refusal and failure. */
    public static final String FAILED = "calendar.downloadFailed";
    static final int MAX_REDIRECTS = 3;
    private static final Logger LOG = Logger.getLogger(CalendarFetcher.class.getName());

    private final int maxBytes;
    private final Duration deadline;
    private final Predicate<InetAddress> allowed;
    private final Executor executor;

    /**
     * @param maxBytes the largest body read
     * @param deadline the longest the whole fetch may take, redirects included
     * @param executor runs the reading, so that a stalled server can be given up on at the deadline
     */
    public CalendarFetcher(int maxBytes, Duration deadline, Executor executor) {
        this(maxBytes, deadline, CalendarFetcher::isPublic, executor);
    }

    CalendarFetcher(int maxBytes, Duration deadline, Predicate<InetAddress> allowed, Executor executor) {
        this.maxBytes = maxBytes;
        this.deadline = deadline;
        this.allowed = allowed;
        this.executor = executor;
    }

    /**
     * The body of the calendar at the address.
     *
     * @throws GovernanceException {@value #FAILED} for any address refused, redirect refused, answer other than
     *                             200, time out, or body larger than allowed
     */
    public byte[] fetch(String url) {
        long until = System.nanoTime() + deadline.toNanos();
        FutureTask<byte[]> task = new FutureTask<>(() -> follow(address(url), until));
        executor.execute(task);
        try {
            return task.get(Math.max(1, until - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException late) {
            task.cancel(true);
            throw refused(url, "no answer within " + deadline.toSeconds() + " s");
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof GovernanceException refusal) {
                throw refusal;
            }
            throw refused(url, String.valueOf(failed.getCause()));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw refused(url, "interrupted");
        }
    }

    private byte[] follow(URI first, long until) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(remaining(until)).build();
        URI address = first;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            checkHost(address);
            HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(address).timeout(remaining(until))
                    .header("Accept", "text/calendar, */*;q=0.5").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                int status = response.statusCode();
                Optional<String> location = response.headers().firstValue("Location");
                if (status >= 300 && status < 400 && location.isPresent()) {
                    address = address(address.resolve(location.get()).toString());
                    continue;
                }
                if (status != 200) {
                    throw refused(address.toString(), "answered " + status);
                }
                return read(body, address);
            }
        }
        throw refused(first.toString(), "more than " + MAX_REDIRECTS + " redirects");
    }

    private byte[] read(InputStream body, URI address) throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        int read;
        while ((read = body.read(chunk)) != -1) {
            if (Thread.currentThread().isInterrupted()) {
                throw refused(address.toString(), "given up at the deadline");
            }
            content.write(chunk, 0, read);
            if (content.size() > maxBytes) {
                throw new GovernanceException("calendar.tooLarge");
            }
        }
        return content.toByteArray();
    }

    private static Duration remaining(long until) {
        return Duration.ofNanos(Math.max(until - System.nanoTime(), TimeUnit.MILLISECONDS.toNanos(1)));
    }

    /** The address as a URI of the allowed schemes, {@code webcal} read as {@code https}. */
    static URI address(String url) {
        URI address;
        try {
            address = URI.create(url == null ? "" : url.strip());
        } catch (IllegalArgumentException bad) {
            throw new GovernanceException("calendar.badUrl");
        }
        String scheme = address.getScheme() == null ? "" : address.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("webcal")) {
            address = URI.create("https" + address.toString().substring("webcal".length()));
            scheme = "https";
        }
        if (!scheme.equals("http") && !scheme.equals("https") || address.getHost() == null) {
            throw new GovernanceException("calendar.badUrl");
        }
        return address;
    }

    /** Refuses a host any of whose addresses is not allowed (all are checked: a name may have several). */
    private void checkHost(URI address) {
        InetAddress[] resolved;
        try {
            resolved = InetAddress.getAllByName(address.getHost());
        } catch (UnknownHostException unknown) {
            throw refused(address.toString(), "unknown host");
        }
        for (InetAddress one : resolved) {
            if (!allowed.test(one)) {
                throw refused(address.toString(), "address " + one.getHostAddress() + " is not public");
            }
        }
    }

    private static GovernanceException refused(String url, String why) {
        LOG.info(() -> "Calendar not fetched from " + url + ": " + why);
        return new GovernanceException(FAILED);
    }

    /**
     * Whether an address is on the public internet: not the server itself, no wildcard, link-local, private
     * (RFC 1918, RFC 4193 unique local, RFC 6598 shared), multicast or reserved address.
     */
    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (bytes.length == 16) {
            boolean uniqueLocal = (bytes[0] & 0xfe) == 0xfc;
            boolean mappedV4 = isMappedV4(bytes);
            if (uniqueLocal) {
                return false;
            }
            if (mappedV4) {
                try {
                    return isPublic(InetAddress.getByAddress(Arrays.copyOfRange(bytes, 12, 16)));
                } catch (UnknownHostException impossible) {
                    return false;
                }
            }
            return true;
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        boolean sharedSpace = first == 100 && second >= 64 && second < 128;
        boolean reserved = first == 0 || first >= 240;
        return !sharedSpace && !reserved;
    }

    private static boolean isMappedV4(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
    }
}
