package io.strata.perf.clickbench;

import io.strata.perf.hits.HitsWords;
import io.strata.perf.hits.TsvLineBuffer;
import io.strata.perf.hits.ZipfSampler;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * The rows of ClickBench's {@code hits} (all 105 columns, in create.sql's order), generated
 * deterministically from (seed, row count): the same arguments give the same bytes everywhere.
 *
 * <p>The shape imitates the real data set the 43 queries were written for. Event times cover July
 * 2013 in time order. Sites (CounterID) are Zipf-skewed: the top site has CounterID 62, the site
 * the last eleven queries filter on, with about 13% of the hits. Users are Zipf-skewed too (a
 * heavy tail of users with one hit); pages, titles and referers repeat per site with Zipf-like
 * popularity, some URLs, referers and titles contain "google"/"Google". SearchPhrase is empty on
 * most rows (about 20% have one), MobilePhoneModel on about 90%. Everything that belongs to a site,
 * a page or a user (domain, title, region, OS, screen, language, phone) is derived from its identity
 * by hashing, so it repeats as real traffic does, while WatchID, timings and flags vary per row.
 *
 * <p>The constants the queries name are made to exist: UserID 435090932899640449 (a moderately
 * active user, query 20), URLHash 2868770270353813622 (the home page of site 62, query 42) and
 * RefererHash 3594120000172545465 (the empty referer, query 41).
 */
final class ClickBenchRows {
    static final LocalDate FIRST_DAY = LocalDate.of(2013, 7, 1);
    static final int DAYS = 31;
    private static final long FIRST_SECOND = FIRST_DAY.toEpochDay() * 86_400L;
    private static final long SPAN_SECONDS = DAYS * 86_400L;

    static final int COUNTERS = 10_000;
    private static final int PAGES_PER_SITE = 2_000;
    private static final int PHRASES = 50_000;
    static final int TOP_COUNTER_ID = 62;
    /** The user query 20 looks up: this rank's UserID is replaced by the query's constant. */
    private static final int KEY_USER_RANK = 2_000;
    static final long KEY_USER_ID = 435090932899640449L;
    static final long HOME_PAGE_URL_HASH = 2868770270353813622L;
    static final long EMPTY_REFERER_HASH = 3594120000172545465L;

    private static final byte[][] COUNTRIES = words("ru ru ru ru ru ua by kz de us tr");
    private static final byte[][] CHARSETS = words("utf-8 utf-8 utf-8 windows-1251 windows-1251 koi8-r");
    private static final byte[][] SOCIAL = words("vkontakte facebook twitter odnoklassniki");
    private static final byte[][] SOCIAL_ACTIONS = words("like share comment");
    private static final byte[][] CURRENCIES = words("RUB RUB RUB USD EUR");
    private static final byte[][] OPENSTAT = words("yandex direct begun");
    private static final byte[][] UTM_MEDIUMS = words("cpc email banner social");
    private static final byte[][] HIT_COLORS = words("E F D T");
    private static final byte[][] FLASH_MINOR2 = words("0 3 5 6 7 8");
    private static final byte[][] UA_MINOR = words("0 0 1 2 5 5a 7 8 10 11");

    private final long seed;
    private final long rows;
    private final SplittableRandom random;
    private final ZipfSampler counterRanks = new ZipfSampler(COUNTERS, 1.1);
    private final ZipfSampler userRanks;
    private final ZipfSampler phraseRanks = new ZipfSampler(PHRASES, 1.0);
    private final byte[][] domains = new byte[COUNTERS][];
    private final byte[][] dates = new byte[DAYS][];
    private final byte[][] phrases = new byte[PHRASES][];
    private final byte[][] phrasesInUrl = new byte[PHRASES][];

    private long row;
    private int lastEngine;
    private int lastRefererKind;

    ClickBenchRows(long seed, long rows) {
        this.seed = seed;
        this.rows = rows;
        this.random = new SplittableRandom(seed);
        this.userRanks = new ZipfSampler((int) Math.clamp(rows / 10, 5_000, 10_000_000), 1.0);
        for (int rank = 0; rank < COUNTERS; rank++) domains[rank] = domain(rank);
        for (int d = 0; d < DAYS; d++) dates[d] = FIRST_DAY.plusDays(d).toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** CounterID of a site rank: 62 for the top site, the others spread so ids do not follow popularity. */
    static int counterId(int rank) {
        if (rank == 0) return TOP_COUNTER_ID;
        int id = (int) ((rank + 1L) * 2_654_435_761L % 200_003L) + 1;
        return id == TOP_COUNTER_ID ? 200_004 + rank : id;
    }

    boolean hasNext() {
        return row < rows;
    }

    /** Appends the next row (without the newline). */
    void writeNext(TsvLineBuffer out) {
        long second = FIRST_SECOND + row * SPAN_SECONDS / rows + random.nextInt(30);
        second = Math.min(second, FIRST_SECOND + SPAN_SECONDS - 1);
        int day = (int) ((second - FIRST_SECOND) / 86_400);
        int counterRank = counterRanks.next(random);
        int page = page();
        int userRank = userRanks.next(random);
        long userId = userRank == KEY_USER_RANK ? KEY_USER_ID : mix(seed * 31 + 7, userRank) & Long.MAX_VALUE;
        long traits = mix(userId, 0x5bd1e995L);
        long traits2 = mix(traits, 0x27d4eb2fL);
        long site = mix(seed, counterRank);
        boolean mobile = (traits >>> 40 & 15) < 2;
        long perRow = random.nextLong();

        out.append(mix(seed ^ 0x632be59bd9b4e019L, row) & Long.MAX_VALUE); // WatchID
        out.tab();
        out.append((traits & 7) != 0 ? 1 : 0); // JavaEnable
        out.tab();
        writeTitle(out, counterRank, page);
        out.tab();
        out.append((perRow & 127) == 0 ? 0 : 1); // GoodEvent
        out.tab();
        writeDateTime(out, second);
        out.tab();
        out.append(dates[day]); // EventDate
        out.tab();
        out.append(counterId(counterRank));
        out.tab();
        int clientIp = (int) (traits >>> 16);
        out.append(clientIp == Integer.MIN_VALUE ? clientIp + 1 : clientIp); // ClientIP
        out.tab();
        long regionId = 1 + (long) (9_999 * Math.pow(unit(traits >>> 11), 3));
        out.append(regionId); // RegionID
        out.tab();
        out.append(userId);
        out.tab();
        out.append(site & 3); // CounterClass
        out.tab();
        out.append(mobile ? 40 + (traits >>> 42 & 7) : (traits >>> 45 & 15)); // OS
        out.tab();
        out.append(1 + (traits >>> 49 & 63) % 50); // UserAgent
        out.tab();
        int urlStart = out.position();
        boolean tracking = writeUrl(out, counterRank, page, true);
        long urlHash = counterRank == 0 && page == 0 && !tracking ? HOME_PAGE_URL_HASH : out.hash(urlStart, out.position()) & Long.MAX_VALUE;
        out.tab();
        int refererStart = out.position();
        byte[] phrase = writeReferer(out, counterRank);
        long refererHash = out.position() == refererStart ? EMPTY_REFERER_HASH : out.hash(refererStart, out.position()) & Long.MAX_VALUE;
        out.tab();
        boolean refresh = (perRow >>> 7 & 15) == 0;
        out.append(refresh ? 1 : 0); // IsRefresh
        out.tab();
        out.append(lastRefererKind == 0 ? 0 : 1 + lastRefererKind); // RefererCategoryID
        out.tab();
        out.append(lastRefererKind == 0 ? 0 : regionId); // RefererRegionID
        out.tab();
        out.append(site >>> 8 & 7); // URLCategoryID
        out.tab();
        out.append(1 + (site >>> 12 & 255)); // URLRegionID
        out.tab();
        int[] screen = mobile
                ? HitsWords.MOBILE_RESOLUTIONS[(int) (traits >>> 55 & 0xff) % HitsWords.MOBILE_RESOLUTIONS.length]
                : HitsWords.RESOLUTIONS[skewedIndex(traits >>> 55, HitsWords.RESOLUTIONS.length)];
        out.append(screen[0]); // ResolutionWidth
        out.tab();
        out.append(screen[1]); // ResolutionHeight
        out.tab();
        out.append((traits2 & 3) == 0 ? 32 : 24); // ResolutionDepth
        out.tab();
        boolean flash = !mobile && (traits2 >>> 2 & 3) != 0;
        out.append(flash ? 10 + (traits2 >>> 4 & 1) : 0); // FlashMajor
        out.tab();
        out.append(flash ? (traits2 >>> 5 & 7) : 0); // FlashMinor
        out.tab();
        if (flash) out.append(FLASH_MINOR2[(int) ((traits2 >>> 8 & 0xff) % FLASH_MINOR2.length)]);
        out.tab();
        out.append((traits2 >>> 16 & 3) == 0 ? 4 : 0); // NetMajor
        out.tab();
        out.append((traits2 >>> 18 & 3) == 0 ? 5 : 0); // NetMinor
        out.tab();
        out.append(traits2 >>> 20 & 31); // UserAgentMajor
        out.tab();
        out.append(UA_MINOR[(int) ((traits2 >>> 25 & 0xff) % UA_MINOR.length)]); // UserAgentMinor
        out.tab();
        out.append((traits2 >>> 33 & 15) != 0 ? 1 : 0); // CookieEnable
        out.tab();
        out.append((traits2 >>> 37 & 15) != 0 ? 1 : 0); // JavascriptEnable
        out.tab();
        out.append(mobile ? 1 : 0); // IsMobile
        out.tab();
        out.append(mobile ? 1 + (traits >>> 20 & 7) : 0); // MobilePhone
        out.tab();
        if (mobile) out.append(HitsWords.PHONE_MODELS[(int) ((traits >>> 20 & 0xffff) % HitsWords.PHONE_MODELS.length)]);
        out.tab();
        if ((perRow >>> 11 & 63) == 0) { // Params, rare
            out.append("p=");
            out.append(perRow >>> 40 & 1023);
        }
        out.tab();
        out.append(traits2 >>> 41 & 0xfffff); // IPNetworkID
        out.tab();
        out.append(trafficSource(perRow)); // TraficSourceID
        out.tab();
        out.append(phrase != null ? lastEngine + 1 : 0); // SearchEngineID
        out.tab();
        if (phrase != null) out.append(phrase);
        out.tab();
        int adv = (perRow >>> 17 & 31) == 0 ? 1 + (int) (perRow >>> 22 & 31) : 0;
        out.append(adv); // AdvEngineID
        out.tab();
        out.append((perRow >>> 27 & 255) == 0 ? 1 : 0); // IsArtifical
        out.tab();
        // The window: the screen less the browser's frame, varying per hit (resized windows).
        out.append(Math.max(0, screen[0] - (int) (perRow >>> 35 & 127))); // WindowClientWidth
        out.tab();
        out.append(Math.max(0, screen[1] - 60 - (int) (perRow >>> 42 & 255))); // WindowClientHeight
        out.tab();
        int timeZone = (int) (traits2 >>> 50 & 7) - 1;
        out.append(timeZone); // ClientTimeZone
        out.tab();
        writeDateTime(out, second + timeZone * 3600L); // ClientEventTime
        out.tab();
        boolean silverlight = !mobile && (traits2 >>> 53 & 3) == 0;
        out.append(silverlight ? 5 : 0); // SilverlightVersion1
        out.tab();
        out.append(silverlight ? 1 : 0); // SilverlightVersion2
        out.tab();
        out.append(silverlight ? 20125 + (traits2 >>> 55 & 511) : 0); // SilverlightVersion3
        out.tab();
        out.append(0); // SilverlightVersion4
        out.tab();
        out.append(CHARSETS[(int) ((site >>> 20 & 0xff) % CHARSETS.length)]); // PageCharset
        out.tab();
        out.append(500 + (site >>> 28 & 127)); // CodeVersion
        out.tab();
        boolean link = (perRow >>> 50 & 7) == 0;
        out.append(link ? 1 : 0); // IsLink
        out.tab();
        out.append(link && (perRow >>> 53 & 7) == 0 ? 1 : 0); // IsDownload
        out.tab();
        out.append((perRow >>> 56 & 1)); // IsNotBounce
        out.tab();
        out.append((traits2 & 1) == 0 ? traits2 >>> 2 : 0); // FUniqID
        out.tab();
        if ((perRow >>> 57 & 31) == 0) writeUrl(out, counterRank, page, false); // OriginalURL, rare
        out.tab();
        out.append((int) (perRow >>> 33) & Integer.MAX_VALUE); // HID
        out.tab();
        out.append(0); // IsOldCounter
        out.tab();
        out.append((perRow >>> 60 & 15) == 0 ? 1 : 0); // IsEvent
        out.tab();
        out.append((perRow >>> 58 & 63) == 1 ? 1 : 0); // IsParameter
        out.tab();
        out.append((perRow >>> 62) == 0 ? 1 : 0); // DontCountHits
        out.tab();
        out.append((perRow >>> 3 & 15) == 0 ? 1 : 0); // WithHash
        out.tab();
        out.append(HIT_COLORS[(int) (perRow >>> 5 & 3)]); // HitColor
        out.tab();
        writeDateTime(out, second + 3 * 3600L); // LocalEventTime (Moscow time)
        out.tab();
        boolean profiled = (traits2 >>> 59 & 1) == 0;
        out.append(profiled ? 1 + (traits >>> 3 & 3) * 11 + (traits >>> 5 & 7) : 0); // Age
        out.tab();
        out.append(profiled ? 1 + (traits >>> 8 & 1) : 0); // Sex
        out.tab();
        out.append(profiled ? (traits >>> 9 & 3) : 0); // Income
        out.tab();
        out.append(profiled ? (traits2 >>> 24 & 0x3fff) : 0); // Interests
        out.tab();
        out.append((traits2 >>> 60) == 0 ? 1 + (perRow & 3) : 0); // Robotness
        out.tab();
        out.append((int) (traits2 >>> 8)); // RemoteIP
        out.tab();
        out.append((perRow >>> 24 & 3) == 0 ? -1 : 0); // WindowName
        out.tab();
        out.append((perRow >>> 26 & 7) == 0 ? -1 : 0); // OpenerName
        out.tab();
        out.append(1 + (perRow >>> 29 & 15)); // HistoryLength
        out.tab();
        out.append(HitsWords.LANGUAGES[(int) ((traits >>> 24 & 0xffff) % HitsWords.LANGUAGES.length)]); // BrowserLanguage
        out.tab();
        out.append(COUNTRIES[(int) ((traits >>> 28 & 0xffff) % COUNTRIES.length)]); // BrowserCountry
        out.tab();
        boolean social = lastRefererKind == 4;
        if (social) out.append(SOCIAL[(int) (perRow >>> 9 & 3)]); // SocialNetwork
        out.tab();
        if (social && (perRow >>> 11 & 3) == 0) out.append(SOCIAL_ACTIONS[(int) (perRow >>> 13 & 1)]); // SocialAction
        out.tab();
        out.append((perRow >>> 14 & 255) == 0 ? 404 : 0); // HTTPError
        out.tab();
        long timing = (long) (4_000 * Math.pow(unit(perRow), 3));
        out.append((perRow >>> 20 & 63) == 0 ? -1 : timing); // SendTiming
        out.tab();
        out.append(timing / 8); // DNSTiming
        out.tab();
        out.append(timing / 5); // ConnectTiming
        out.tab();
        out.append(timing / 2); // ResponseStartTiming
        out.tab();
        out.append(timing / 2 + (timing & 255)); // ResponseEndTiming
        out.tab();
        out.append(timing + (timing & 511)); // FetchTiming
        out.tab();
        out.append(social ? 1 + (perRow >>> 9 & 3) : 0); // SocialSourceNetworkID
        out.tab();
        if (social) writeUrl(out, (int) (perRow >>> 16 & 1023), 1 + (int) (perRow >>> 30 & 127), false); // SocialSourcePage
        out.tab();
        boolean order = (perRow >>> 36 & 31) == 0;
        out.append(order ? 100 * (1 + (perRow >>> 41 & 0xffff)) : 0); // ParamPrice
        out.tab();
        if (order) out.append(perRow >>> 44); // ParamOrderID
        out.tab();
        if (order) out.append(CURRENCIES[(int) ((perRow >>> 47 & 0xff) % CURRENCIES.length)]); // ParamCurrency
        out.tab();
        out.append(order ? 1 + (perRow >>> 47 & 3) : 0); // ParamCurrencyID
        out.tab();
        boolean openstat = adv != 0 && (perRow >>> 55 & 1) == 0;
        if (openstat) out.append(OPENSTAT[(int) (perRow >>> 56 & 1) + (int) (perRow >>> 57 & 1)]); // OpenstatServiceName
        out.tab();
        if (openstat) out.append(perRow >>> 40 & 4095); // OpenstatCampaignID
        out.tab();
        if (openstat) out.append(perRow >>> 30 & 65535); // OpenstatAdID
        out.tab();
        if (openstat) out.append(site >>> 40 & 255); // OpenstatSourceID
        out.tab();
        boolean utm = tracking || adv != 0;
        if (utm) out.append(HitsWords.UTM_SOURCES[(int) ((perRow >>> 12 & 0xff) % HitsWords.UTM_SOURCES.length)]); // UTMSource
        out.tab();
        if (utm) out.append(UTM_MEDIUMS[(int) (perRow >>> 20 & 3)]); // UTMMedium
        out.tab();
        if (utm) { // UTMCampaign
            out.append("campaign");
            out.append(site >>> 44 & 63);
        }
        out.tab();
        if (utm && (perRow >>> 22 & 1) == 0) out.append(HitsWords.LATIN[(int) ((perRow >>> 23 & 0xfff) % HitsWords.LATIN.length)]); // UTMContent
        out.tab();
        if (utm && phrase != null) out.append(phrase); // UTMTerm
        out.tab();
        if ((perRow >>> 35 & 63) == 0) { // FromTag
            out.append("from");
            out.append(perRow >>> 41 & 15);
        }
        out.tab();
        out.append(adv != 0 && lastEngine == 1 ? 1 : 0); // HasGCLID
        out.tab();
        out.append(refererHash); // RefererHash
        out.tab();
        out.append(urlHash); // URLHash
        out.tab();
        out.append((perRow >>> 18 & 15) == 0 ? (site >>> 32 & 0xffff) : 0); // CLID
        row++;
    }

    /** TraficSourceID from the referer kind: -1 internal, 0 direct, 1 other site, 2 search, 3 ad, 6 e-mail-like, 8 social. */
    private int trafficSource(long perRow) {
        return switch (lastRefererKind) {
            case 0 -> (perRow >>> 8 & 7) == 0 ? 6 : 0;
            case 1 -> 2;
            case 2 -> -1;
            case 3 -> 1;
            default -> 8;
        };
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
        // A few sites are Google's own (".google." in the URL, for query 23's NOT LIKE).
        if (rank % 97 == 5) return (www + "maps.google." + new String(tld, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        return (www + new String(first, StandardCharsets.UTF_8) + dash + new String(second, StandardCharsets.UTF_8)
                + (rank % 7 == 0 ? String.valueOf(rank % 100) : "") + "." + new String(tld, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
    }

    private void writeDateTime(TsvLineBuffer out, long second) {
        long s = Math.max(0, second);
        int day = (int) (s / 86_400 - FIRST_DAY.toEpochDay());
        if (day >= 0 && day < DAYS) {
            out.append(dates[day]);
        } else {
            out.append(LocalDate.ofEpochDay(s / 86_400).toString());
        }
        out.append(' ');
        int inDay = (int) (s % 86_400);
        out.appendTwoDigits(inDay / 3600);
        out.append(':');
        out.appendTwoDigits(inDay / 60 % 60);
        out.append(':');
        out.appendTwoDigits(inDay % 60);
    }

    /** The URL of a page, fixed per (site, page); with {@code tracking}, some hits add a utm parameter. Returns whether it did. */
    private boolean writeUrl(TsvLineBuffer out, int counterRank, int page, boolean tracking) {
        long h = mix(mix(seed, counterRank), page + 1_000_003L);
        out.append((counterRank & 3) == 0 ? "http://" : "https://");
        out.append(domains[counterRank]);
        out.append('/');
        if (page != 0) {
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
        }
        if (tracking && random.nextInt(10) == 0) {
            out.append(page != 0 && (h >>> 50 & 3) == 0 ? "&utm_source=" : "?utm_source=");
            out.append(HitsWords.UTM_SOURCES[random.nextInt(HitsWords.UTM_SOURCES.length)]);
            return true;
        }
        return false;
    }

    /** The title of a page: fixed per (site, page), mostly Russian words, some with "Google", then the site's name. */
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
        if ((h >>> 20 & 31) == 0) out.append(" Google");
        out.append(" - ");
        out.append(domains[counterRank]);
    }

    /**
     * The referer: empty (kind 0), a search engine with a phrase (1), another page of the same
     * site (2), a page of another site (3) or a social network (4). Returns the search phrase or null.
     */
    private byte[] writeReferer(TsvLineBuffer out, int counterRank) {
        int kind = random.nextInt(100);
        if (kind < 40) {
            lastRefererKind = 0;
            return null;
        }
        if (kind < 60) {
            lastRefererKind = 1;
            int phraseRank = phraseRanks.next(random);
            int engineDraw = random.nextInt(20);
            // Yandex two thirds, Google a fifth, the rest shared: one referer domain above
            // query 29's HAVING COUNT(*) > 100000 from a million rows on.
            lastEngine = engineDraw < 13 ? 0 : engineDraw < 17 ? 1 : 2 + engineDraw % 3;
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
        if (kind < 85) {
            lastRefererKind = 2;
            writeUrl(out, counterRank, page(), false);
        } else if (kind < 97) {
            lastRefererKind = 3;
            writeUrl(out, counterRanks.next(random), page(), false);
        } else {
            lastRefererKind = 4;
            out.append("https://vk.com/feed");
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

    private static byte[][] words(String list) {
        String[] split = list.trim().split("\\s+");
        byte[][] out = new byte[split.length][];
        for (int i = 0; i < split.length; i++) out[i] = split[i].getBytes(StandardCharsets.US_ASCII);
        return out;
    }
}
