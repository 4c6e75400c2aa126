import Foundation
import Synchronization

extension PostDate {
    /// The pattern of a card's `date` field when its layout gives no `format`: `June 2, 2017`.
    static let displayPattern = "MMMM d, y"

    /// The date as a card shows it by default: `June 2, 2017`, on the day the author wrote.
    var displayText: String {
        Self.format(date, utcOffsetSeconds: utcOffsetSeconds, pattern: Self.displayPattern)
    }

    /// The date as a card of `language` shows it: English as `displayText`, French as
    /// `6 avril 2017`, Chinese as `2017年4月6日`; see `format(_:utcOffsetSeconds:pattern:language:)`.
    func displayText(language: String?) -> String {
        Self.format(date, utcOffsetSeconds: utcOffsetSeconds, pattern: nil, language: language)
    }

    /// `date` for a card in `language`, with a layout's `pattern` (nil for the default). English
    /// and languages without pinned data (`DateLocale`) keep English names and the pattern as
    /// written (`MMMM d, y` by default); for the others, a pattern with a month name becomes the
    /// language's own order, and names and digits are the language's, from ogcard's own table:
    /// never the machine's locale data.
    static func format(_ date: Date, utcOffsetSeconds: Int?, pattern: String?, language: String?) -> String {
        if let locale = DateLocale.forLanguage(language) {
            let localized = locale.pattern(for: pattern)
            if let text = locale.format(date, utcOffsetSeconds: utcOffsetSeconds ?? 0, pattern: localized) {
                return text
            }
        }
        return format(date, utcOffsetSeconds: utcOffsetSeconds, pattern: pattern ?? displayPattern)
    }

    /// `date` with an ICU `pattern` (`MMM d, yyyy`), in the UTC offset the post was written with
    /// (UTC when nil) and the POSIX locale: a card never depends on the machine's time zone or
    /// language. The one date formatter of cards: the default `date` text and layouts' own
    /// `format:` both come from here, so they cannot disagree about the day or the month names.
    static func format(_ date: Date, utcOffsetSeconds: Int?, pattern: String) -> String {
        let offset = utcOffsetSeconds ?? 0
        // Making a formatter costs about 0.1 ms (ICU), as much as drawing a card's text; a build
        // uses a handful of patterns and offsets, so each formatter is made once. Formatting under
        // the lock, because DateFormatter is not documented as safe to share between threads.
        return formatters.withLock { cache in
            let key = "\(offset) \(pattern)"
            if let formatter = cache[key] { return formatter.string(from: date) }
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(secondsFromGMT: offset) ?? TimeZone(identifier: "UTC")
            formatter.dateFormat = pattern
            // Patterns come from layout files: a bound keeps a process that reads many from growing.
            if cache.count >= 64 { cache.removeAll() }
            cache[key] = formatter
            return formatter.string(from: date)
        }
    }

    /// Formatters by UTC offset and pattern.
    private static let formatters = Mutex<[String: DateFormatter]>([:])
}
