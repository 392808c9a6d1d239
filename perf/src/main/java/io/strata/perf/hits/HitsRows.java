package io.strata.perf.hits;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Produces the rows of the hits-like table, deterministically from (seed, row count): the same
 * arguments give the same bytes on every machine.
 *
 * <p>The shape follows a web analytics log. Rows come in time order over {@link #DAYS} days (two
 * monthly partitions). Sites (CounterID), their pages, users and search phrases are drawn with
 * Zipf skew, so a few of each dominate. Everything that belongs to a site, a page or a user
 * (domain, URL, title, region, OS, screen, language, phone) is derived from its identity by
 * hashing, so it repeats as it would in real traffic, while WatchID and timings vary per row.
 */
final class HitsRows {
    static final LocalDate FIRST_DAY = LocalDate.of(2013, 7, 1);
    static final int DAYS = 62;
    private static final long FIRST_SECOND = FIRST_DAY.toEpochDay() * 86_400L;
    private static final long SPAN_SECONDS = DAYS * 86_400L;

    static final int COUNTERS = 10_000;
    private static final int PAGES_PER_SITE = 2_000;
    private static final int PHRASES = 50_000;
    /** Rank of the site the point queries are aimed at: popular, but far from the top. */
    static final int KEY_COUNTER_RANK = 99;

    private final long seed;
    private final long rows;
    private final SplittableRandom random;
    private final ZipfSampler counterRanks = new ZipfSampler(COUNTERS, 1.1);
    private final ZipfSampler userRanks;
    private final ZipfSampler phraseRanks = new ZipfSampler(PHRASES, 1.0);
    private final byte[][] domains = new byte[COUNTERS][];
    private final byte[][] dates = new byte[DAYS][];

    /** Search phrases by rank, with spaces (SearchPhrase) and with '+' (in the referer URL). */
    private final byte[][] phrases = new byte[PHRASES][];
    private final byte[][] phrasesInUrl = new byte[PHRASES][];

    private long row;
    /** The search engine of the current row's referer (SearchEngineID), when it has a phrase. */
    private int lastEngine;
    /**
     * The key of one row of the key site, recorded for the point queries of the benchmark: the
     * first such row in the second half of the file, else the last one before it.
     */
    private long keyUser = -1;
    private int keyDay = -1;
    private boolean keyFinal;

    HitsRows(long seed, long rows) {
        this.seed = seed;
        this.rows = rows;
        this.random = new SplittableRandom(seed);
        this.userRanks = new ZipfSampler((int) Math.clamp(rows / 20, 1_000, 5_000_000), 1.0);
        for (int rank = 0; rank < COUNTERS; rank++) domains[rank] = domain(rank);
        for (int d = 0; d < DAYS; d++) dates[d] = FIRST_DAY.plusDays(d).toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** A CounterID for a site rank: spread over 1..200003 so that ids do not follow popularity. */
    static int counterId(int rank) {
        return (int) ((rank + 1L) * 2_654_435_761L % 200_003L) + 1;
    }

    boolean hasNext() {
        return row < rows;
    }

    /** Appends the next row (without the newline), columns in {@link HitsSchema#COLUMNS} order. */
    void writeNext(TsvLineBuffer out) throws IOException {
        long second = FIRST_SECOND + row * SPAN_SECONDS / rows + random.nextInt(30);
        second = Math.min(second, FIRST_SECOND + SPAN_SECONDS - 1);
        int day = (int) ((second - FIRST_SECOND) / 86_400);
        int counterRank = counterRanks.next(random);
        int counterId = counterId(counterRank);
        int page = page();
        int userRank = userRanks.next(random);
        long userId = mix(seed * 31 + 7, userRank);
        long userTraits = mix(userId, 0x5bd1e995L);
        long site = mix(seed, counterRank);

        out.appendUnsigned(mix(seed ^ 0x632be59bd9b4e019L, row)); // WatchID
        out.tab();
        out.append((userTraits & 7) != 0 ? 1 : 0); // JavaEnable
        out.tab();
        writeTitle(out, counterRank, page);
        out.tab();
        out.append(random.nextInt(100) == 0 ? 0 : 1); // GoodEvent
        out.tab();
        writeDateTime(out, second, day);
        out.tab();
        out.append(dates[day]);
        out.tab();
        out.append(counterId);
        out.tab();
        out.append((int) (userTraits >>> 16)); // ClientIP: Int32, negative for half the users
        out.tab();
        out.append(1 + (long) (9_999 * Math.pow(unit(userTraits >>> 11), 3))); // RegionID
        out.tab();
        out.appendUnsigned(userId);
        out.tab();
        out.append((site & 3) == 3 ? -1 : site & 3); // CounterClass
        out.tab();
        boolean mobile = (userTraits >>> 40 & 3) == 0;
        out.append(mobile ? 40 + (userTraits >>> 42 & 7) : (userTraits >>> 45 & 15)); // OS
        out.tab();
        out.append(1 + (userTraits >>> 49 & 63) % 50); // UserAgent
        out.tab();
        writeUrl(out, counterRank, page, true);
        out.tab();
        byte[] phrase = writeReferer(out, counterRank);
        out.tab();
        out.append(random.nextInt(100) < 8 ? 1 : 0); // IsRefresh
        out.tab();
        int[] screen = mobile
                ? HitsWords.MOBILE_RESOLUTIONS[(int) (userTraits >>> 55 & 0xff) % HitsWords.MOBILE_RESOLUTIONS.length]
                : HitsWords.RESOLUTIONS[skewedIndex(userTraits >>> 55, HitsWords.RESOLUTIONS.length)];
        out.append(screen[0]);
        out.tab();
        out.append(screen[1]);
        out.tab();
        if (mobile) out.append(HitsWords.PHONE_MODELS[(int) ((userTraits >>> 20 & 0xffff) % HitsWords.PHONE_MODELS.length)]);
        out.tab();
        if (phrase != null) out.append(phrase);
        out.tab();
        out.append(phrase != null ? lastEngine + 1 : 0); // SearchEngineID
        out.tab();
        out.append(random.nextInt(100) < 3 ? 1 + random.nextInt(30) : 0); // AdvEngineID
        out.tab();
        out.append(HitsWords.LANGUAGES[(int) ((userTraits >>> 24 & 0xffff) % HitsWords.LANGUAGES.length)]);
        out.tab();
        int timingDraw = random.nextInt(50);
        out.append(timingDraw == 0 ? -1 : (long) (4_000 * Math.pow(random.nextDouble(), 3))); // SendTiming
        out.tab();
        out.append(random.nextInt(20) == 0 ? 100 * (1 + random.nextInt(100_000)) : 0); // ParamPrice

        if (counterRank == KEY_COUNTER_RANK && !keyFinal) {
            keyUser = userId;
            keyDay = day;
            keyFinal = row >= rows / 2;
        }
        row++;
    }

    /** The recorded key (CounterID, EventDate, UserID) of a row of the key site, for the benchmark queries. */
    String keyAssignments() {
        String date = keyDay < 0 ? FIRST_DAY.plusDays(DAYS / 2).toString() : FIRST_DAY.plusDays(keyDay).toString();
        return "KEY_COUNTER=" + counterId(KEY_COUNTER_RANK) + "\n"
                + "KEY_DATE=" + date + "\n"
                + "KEY_USER=" + Long.toUnsignedString(keyUser == -1 ? 0 : keyUser) + "\n"
                + "TOP_COUNTER=" + counterId(0) + "\n"
                + "FIRST_DATE=" + FIRST_DAY + "\n"
                + "LAST_DATE=" + FIRST_DAY.plusDays(DAYS - 1) + "\n";
    }

    /** A page of a site: the first few dozen pages take most of the hits. */
    private int page() {
        return (int) (PAGES_PER_SITE * Math.pow(random.nextDouble(), 4));
    }

    private byte[] domain(int rank) {
        long h = mix(seed ^ 0x1f83d9abfb41bd6bL, rank);
        byte[] first = HitsWords.LATIN[(int) ((h & 0xffff) % HitsWords.LATIN.length)];
        byte[] second = HitsWords.LATIN[(int) ((h >>> 16 & 0xffff) % HitsWords.LATIN.length)];
        byte[] tld = HitsWords.TOP_LEVEL_DOMAINS[(int) ((h >>> 32 & 0xff) % HitsWords.TOP_LEVEL_DOMAINS.length)];
        String www = (h >>> 40 & 1) == 0 ? "www." : "";
        String dash = (h >>> 41 & 1) == 0 ? "-" : "";
        return (www + new String(first, StandardCharsets.UTF_8) + dash + new String(second, StandardCharsets.UTF_8)
                + (rank % 7 == 0 ? String.valueOf(rank % 100) : "") + "." + new String(tld, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
    }

    private void writeDateTime(TsvLineBuffer out, long second, int day) {
        out.append(dates[day]);
        out.append(' ');
        int inDay = (int) ((second - FIRST_SECOND) % 86_400);
        out.appendTwoDigits(inDay / 3600);
        out.append(':');
        out.appendTwoDigits(inDay / 60 % 60);
        out.append(':');
        out.appendTwoDigits(inDay % 60);
    }

    /** The URL of a page: fixed per (site, page), plus a per-row tracking parameter on some hits. */
    private void writeUrl(TsvLineBuffer out, int counterRank, int page, boolean tracking) {
        long h = mix(mix(seed, counterRank), page + 1_000_003L);
        out.append((counterRank & 3) == 0 ? "http://" : "https://");
        out.append(domains[counterRank]);
        out.append('/');
        if (page == 0) return;
        out.append(HitsWords.SECTIONS[(int) ((h & 0xff) % HitsWords.SECTIONS.length)]);
        out.append('/');
        int words = 1 + (int) (h >>> 8 & 3);
        for (int w = 0; w < words; w++) {
            if (w > 0) out.append('-');
            out.append(HitsWords.LATIN[(int) ((h >>> (12 + 9 * w) & 0x1ff) % HitsWords.LATIN.length)]);
        }
        if ((h >>> 50 & 3) == 0) {
            out.append("?id=");
            out.append(h >>> 52);
        } else {
            out.append(".html");
        }
        if (tracking && random.nextInt(10) == 0) {
            out.append((h >>> 50 & 3) == 0 ? "&utm_source=" : "?utm_source=");
            out.append(HitsWords.UTM_SOURCES[random.nextInt(HitsWords.UTM_SOURCES.length)]);
        }
    }

    /** The title of a page: fixed per (site, page), mostly Russian words, then the site's name. */
    private void writeTitle(TsvLineBuffer out, int counterRank, int page) {
        long h = mix(mix(seed ^ 0x7a3c_11d5L, counterRank), page);
        if ((h & 15) == 0) return; // some pages have no title
        int words = 2 + (int) (h >>> 4 & 7);
        for (int w = 0; w < words; w++) {
            if (w > 0) out.append(' ');
            long bits = mix(h, w);
            byte[][] pool = (bits & 3) == 0 ? HitsWords.LATIN : HitsWords.CYRILLIC;
            out.append(pool[(int) ((bits >>> 8 & 0xffff) % pool.length)]);
        }
        out.append(" - ");
        out.append(domains[counterRank]);
    }

    /**
     * The referer: empty, a search engine with a phrase, another page of the same site, or a page
     * of another site. Returns the search phrase (for SearchPhrase) or null.
     */
    private byte[] writeReferer(TsvLineBuffer out, int counterRank) {
        int kind = random.nextInt(100);
        if (kind < 35) return null;
        if (kind < 60) {
            int phraseRank = phraseRanks.next(random);
            lastEngine = skewedIndex(random.nextLong(), HitsWords.SEARCH_ENGINE_URLS.length);
            if (phrases[phraseRank] == null) {
                phrases[phraseRank] = phrase(phraseRank);
                phrasesInUrl[phraseRank] = phrases[phraseRank].clone();
                byte[] inUrl = phrasesInUrl[phraseRank];
                for (int i = 0; i < inUrl.length; i++) if (inUrl[i] == ' ') inUrl[i] = '+';
            }
            out.append(HitsWords.SEARCH_ENGINE_URLS[lastEngine]);
            out.append(phrasesInUrl[phraseRank]);
            return phrases[phraseRank];
        }
        if (kind < 80) {
            writeUrl(out, counterRank, page(), false);
        } else {
            writeUrl(out, counterRanks.next(random), page(), false);
        }
        return null;
    }

    private byte[] phrase(int rank) {
        long h = mix(seed ^ 0x2545f4914f6cdd1dL, rank);
        int words = 1 + (int) (h & 3);
        StringBuilder s = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) s.append(' ');
            s.append(new String(HitsWords.LATIN[(int) ((h >>> (4 + 12 * w) & 0xfff) % HitsWords.LATIN.length)], StandardCharsets.UTF_8));
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** An index in [0, n) from hash bits, small indexes more likely (quadratic skew). */
    private static int skewedIndex(long bits, int n) {
        double u = unit(bits);
        return Math.min(n - 1, (int) (n * u * u));
    }

    /** Hash bits to a double in [0, 1). */
    private static double unit(long bits) {
        return (mix(bits, 0) >>> 11) * 0x1.0p-53;
    }

    /** SplitMix64's finaliser over (a, b): a well-mixed 64-bit hash, the same on every JVM. */
    static long mix(long a, long b) {
        long z = a * 0x9e3779b97f4a7c15L + b;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
