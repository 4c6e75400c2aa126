/// The date-formatting data of one language, pinned in ogcard (from CLDR) so that a card's date
/// is the same bytes on every machine, whatever its ICU version, `LANG` or installed locales.
struct DateLocale: Sendable {
    /// The full date as the language writes it (`d MMMM y` → `6 avril 2017`).
    let longPattern: String
    /// The date with an abbreviated month (`d MMM y` → `6 avr. 2017`).
    let mediumPattern: String
    /// Month names as used in a date (genitive where the language inflects them), January first.
    let months: [String]
    /// Abbreviated month names.
    let shortMonths: [String]
    /// Weekday names, Sunday first.
    let weekdays: [String]
    /// Abbreviated weekday names, Sunday first.
    let shortWeekdays: [String]
    /// The language's own digits, zero first (Arabic-Indic for Arabic); nil for ASCII digits.
    var digits: [Character]? = nil

    /// The data for a BCP 47 tag (`fr`, `pt-BR`, `zh-Hant-TW`, `zh_TW`), by its language and, for
    /// Chinese, its script or region; nil for US English and for languages ogcard has no data
    /// for, which keep English dates (`April 6, 2017`). English in Britain, Australia, New Zealand,
    /// Ireland, India, South Africa and Singapore writes `6 April 2017`.
    static func forLanguage(_ tag: String?) -> DateLocale? {
        guard let tag else { return nil }
        let parts = tag.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        guard let primary = parts.first else { return nil }
        if primary == "zh" {
            let traditional = parts.contains { ["hant", "tw", "hk", "mo"].contains($0) }
            return traditional ? chineseTraditional : chineseSimplified
        }
        if primary == "en" {
            // English outside the US and Canada writes the day first: `6 April 2017`.
            let dayFirst = parts.dropFirst().contains { ["gb", "au", "nz", "ie", "in", "za", "sg"].contains($0) }
            return dayFirst ? britishEnglish : nil
        }
        return byLanguage[primary == "iw" ? "he" : primary]
    }

    private static let britishEnglish = DateLocale(
        longPattern: "d MMMM y", mediumPattern: "d MMM y",
        months: [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ],
        shortMonths: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        weekdays: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
        shortWeekdays: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"])

    private static func numbered(_ suffix: String) -> [String] { (1...12).map { "\($0)\(suffix)" } }

    private static let chineseSimplified = DateLocale(
        longPattern: "y年M月d日", mediumPattern: "y年M月d日", months: numbered("月"), shortMonths: numbered("月"),
        weekdays: ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"],
        shortWeekdays: ["周日", "周一", "周二", "周三", "周四", "周五", "周六"])

    private static let chineseTraditional = DateLocale(
        longPattern: "y年M月d日", mediumPattern: "y年M月d日", months: numbered("月"), shortMonths: numbered("月"),
        weekdays: ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"],
        shortWeekdays: ["週日", "週一", "週二", "週三", "週四", "週五", "週六"])

    private static let byLanguage: [String: DateLocale] = [
        "ja": DateLocale(
            longPattern: "y年M月d日", mediumPattern: "y年M月d日", months: numbered("月"), shortMonths: numbered("月"),
            weekdays: ["日曜日", "月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日"],
            shortWeekdays: ["日", "月", "火", "水", "木", "金", "土"]),
        "ko": DateLocale(
            longPattern: "y년 M월 d일", mediumPattern: "y년 M월 d일", months: numbered("월"), shortMonths: numbered("월"),
            weekdays: ["일요일", "월요일", "화요일", "수요일", "목요일", "금요일", "토요일"],
            shortWeekdays: ["일", "월", "화", "수", "목", "금", "토"]),
        "es": DateLocale(
            longPattern: "d 'de' MMMM 'de' y", mediumPattern: "d MMM y",
            months: [
                "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                "noviembre", "diciembre",
            ],
            shortMonths: ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
            weekdays: ["domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"],
            shortWeekdays: ["dom", "lun", "mar", "mié", "jue", "vie", "sáb"]),
        "fr": DateLocale(
            longPattern: "d MMMM y", mediumPattern: "d MMM y",
            months: [
                "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                "novembre", "décembre",
            ],
            shortMonths: [
                "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc.",
            ],
            weekdays: ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
            shortWeekdays: ["dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."]),
        "de": DateLocale(
            longPattern: "d. MMMM y", mediumPattern: "d. MMM y",
            months: [
                "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                "November", "Dezember",
            ],
            shortMonths: [
                "Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez.",
            ],
            weekdays: ["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"],
            shortWeekdays: ["So.", "Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa."]),
        "pt": DateLocale(
            longPattern: "d 'de' MMMM 'de' y", mediumPattern: "d 'de' MMM 'de' y",
            months: [
                "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
                "novembro", "dezembro",
            ],
            shortMonths: [
                "jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez.",
            ],
            weekdays: [
                "domingo", "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado",
            ],
            shortWeekdays: ["dom.", "seg.", "ter.", "qua.", "qui.", "sex.", "sáb."]),
        "it": DateLocale(
            longPattern: "d MMMM y", mediumPattern: "d MMM y",
            months: [
                "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
                "ottobre", "novembre", "dicembre",
            ],
            shortMonths: ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
            weekdays: ["domenica", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato"],
            shortWeekdays: ["dom", "lun", "mar", "mer", "gio", "ven", "sab"]),
        "ru": DateLocale(
            longPattern: "d MMMM y 'г.'", mediumPattern: "d MMM y 'г.'",
            months: [
                "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
                "ноября", "декабря",
            ],
            shortMonths: [
                "янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек.",
            ],
            weekdays: ["воскресенье", "понедельник", "вторник", "среда", "четверг", "пятница", "суббота"],
            shortWeekdays: ["вс", "пн", "вт", "ср", "чт", "пт", "сб"]),
        "uk": DateLocale(
            longPattern: "d MMMM y 'р.'", mediumPattern: "d MMM y 'р.'",
            months: [
                "січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
                "листопада", "грудня",
            ],
            shortMonths: [
                "січ.", "лют.", "бер.", "квіт.", "трав.", "черв.", "лип.", "серп.", "вер.", "жовт.", "лист.",
                "груд.",
            ],
            weekdays: ["неділя", "понеділок", "вівторок", "середа", "четвер", "пʼятниця", "субота"],
            shortWeekdays: ["нд", "пн", "вт", "ср", "чт", "пт", "сб"]),
        "ar": DateLocale(
            longPattern: "d MMMM y", mediumPattern: "d MMMM y",
            months: [
                "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
                "ديسمبر",
            ],
            shortMonths: [
                "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
                "ديسمبر",
            ],
            weekdays: ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"],
            shortWeekdays: ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"],
            digits: Array("٠١٢٣٤٥٦٧٨٩")),
        "he": DateLocale(
            longPattern: "d בMMMM y", mediumPattern: "d בMMM y",
            months: [
                "ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר",
                "דצמבר",
            ],
            shortMonths: [
                "ינו׳", "פבר׳", "מרץ", "אפר׳", "מאי", "יוני", "יולי", "אוג׳", "ספט׳", "אוק׳", "נוב׳", "דצמ׳",
            ],
            weekdays: ["יום ראשון", "יום שני", "יום שלישי", "יום רביעי", "יום חמישי", "יום שישי", "יום שבת"],
            shortWeekdays: ["יום א׳", "יום ב׳", "יום ג׳", "יום ד׳", "יום ה׳", "יום ו׳", "שבת"]),
        "nl": DateLocale(
            longPattern: "d MMMM y", mediumPattern: "d MMM y",
            months: [
                "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
                "november", "december",
            ],
            shortMonths: ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
            weekdays: ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"],
            shortWeekdays: ["zo", "ma", "di", "wo", "do", "vr", "za"]),
        "pl": DateLocale(
            longPattern: "d MMMM y", mediumPattern: "d MMM y",
            months: [
                "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
                "października", "listopada", "grudnia",
            ],
            shortMonths: ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"],
            weekdays: ["niedziela", "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota"],
            shortWeekdays: ["niedz.", "pon.", "wt.", "śr.", "czw.", "pt.", "sob."]),
        "tr": DateLocale(
            longPattern: "d MMMM y", mediumPattern: "d MMM y",
            months: [
                "Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
                "Aralık",
            ],
            shortMonths: ["Oca", "Şub", "Mar", "Nis", "May", "Haz", "Tem", "Ağu", "Eyl", "Eki", "Kas", "Ara"],
            weekdays: ["Pazar", "Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi"],
            shortWeekdays: ["Paz", "Pzt", "Sal", "Çar", "Per", "Cum", "Cmt"]),
        "id": DateLocale(
            longPattern: "d MMMM y", mediumPattern: "d MMM y",
            months: [
                "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
                "November", "Desember",
            ],
            shortMonths: ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"],
            weekdays: ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"],
            shortWeekdays: ["Min", "Sen", "Sel", "Rab", "Kam", "Jum", "Sab"]),
        "sv": DateLocale(
            longPattern: "d MMMM y", mediumPattern: "d MMM y",
            months: [
                "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
                "november", "december",
            ],
            shortMonths: [
                "jan.", "feb.", "mars", "apr.", "maj", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "dec.",
            ],
            weekdays: ["söndag", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag"],
            shortWeekdays: ["sön", "mån", "tis", "ons", "tors", "fre", "lör"]),
    ]
}
