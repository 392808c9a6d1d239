package io.strata.perf.hits;

import java.nio.charset.StandardCharsets;

/**
 * The vocabularies URLs, titles, search phrases and low-cardinality strings are built from.
 * Their content is arbitrary; what matters is a realistic mix of repetition and variety.
 */
public final class HitsWords {
    public static final byte[][] LATIN = bytes("""
            auto news sport shop market city home world car moto travel weather film music game video
            photo kids food health money bank credit work job estate flat house garden fish hunt book
            school study test exam science tech phone mobile laptop tv camera clock watch dress shoes
            beauty fashion style wedding baby mama forum blog chat mail search map route train bus taxi
            plane hotel tour sea beach ski mountain river lake park zoo cinema theatre concert ticket
            sale discount price cheap best top new free online live today week month year moscow piter
            kazan samara omsk kiev minsk ural volga siberia north south east west central region local
            lada kia bmw audi ford toyota nissan honda mazda volvo opel renault skoda hyundai chevrolet
            iphone samsung nokia sony lenovo asus acer xiaomi huawei android windows linux apple google
            game mods cheats review guide howto recipe cake soup salad pizza coffee tea beer wine party
            love dating friends family story joke humor anecdote horoscope tarot dream song lyrics chord
            download torrent stream series episode season anime cartoon comics manga radio podcast
            catalog item product order cart delivery payment profile login register settings help faq
            """);

    /** Title words in Russian, as most of the real hits titles are. */
    public static final byte[][] CYRILLIC = bytes("""
            новости погода купить продажа цены отзывы каталог фото видео смотреть онлайн бесплатно
            квартиры аренда работа вакансии авто машины запчасти ремонт доставка москва россия
            главная страница форум сообщения игры скачать музыка фильмы сериалы рецепты здоровье
            знакомства одноклассники вконтакте почта поиск карта расписание билеты отдых туры
            """);

    public static final byte[][] SECTIONS = bytes("""
            catalog news item product search view article forum topic page list category user
            video photo blog post card order cart help info about contacts map region city
            """);

    public static final byte[][] TOP_LEVEL_DOMAINS = bytes("ru ru ru ru com ru net org ua by kz com.tr ru su");

    public static final byte[][] UTM_SOURCES = bytes("yandex google vk facebook mail direct email partner twitter");

    public static final byte[][] LANGUAGES = bytes("ru ru ru ru ru ru en en uk be kk de tr fr");

    public static final byte[][] PHONE_MODELS = bytes("""
            iPhone iPhone iPhone iPad GT-I9300 GT-I9100 GT-N7100 GT-S5830 GT-P3100 SM-N9005 Nexus4
            Nexus7 LT26i C6603 HTC_One HTC_Desire Lumia920 Lumia520 Lenovo_A820 Fly_IQ4404
            Explay_Vega MI2 Galaxy_Tab RedmiNote A1000 MT6589 K900 Xperia_Z One_X Optimus_G
            """);

    /** Search result URLs up to the phrase; SearchEngineID is the index + 1. */
    public static final byte[][] SEARCH_ENGINE_URLS = bytes("""
            https://yandex.ru/yandsearch?text= https://www.google.ru/search?q= https://go.mail.ru/search?q=
            https://nova.rambler.ru/search?query= https://www.bing.com/search?q=
            """);

    /** Common screen resolutions (width, height), most frequent first. */
    public static final int[][] RESOLUTIONS = {
            {1366, 768}, {1920, 1080}, {1280, 1024}, {1280, 800}, {1440, 900}, {1024, 768},
            {1600, 900}, {1680, 1050}, {1920, 1200}, {1360, 768}, {2560, 1440}, {1280, 720},
    };

    public static final int[][] MOBILE_RESOLUTIONS = {{320, 480}, {360, 640}, {720, 1280}, {768, 1024}, {540, 960}, {480, 800}};

    private HitsWords() {
    }

    private static byte[][] bytes(String words) {
        String[] split = words.trim().split("\\s+");
        byte[][] out = new byte[split.length][];
        for (int i = 0; i < split.length; i++) out[i] = split[i].replace('_', ' ').getBytes(StandardCharsets.UTF_8);
        return out;
    }
}
