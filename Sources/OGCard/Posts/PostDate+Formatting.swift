import Foundation
import Synchronization

extension PostDate {
    /// The pattern of a card's `date` field when its layout gives no `format`: `June 2, 2017`.
    static let displayPattern = "MMMM d, y"

    /// The date as a card shows it by default: `June 2, 2017`, on the day the author wrote.
    var displayText: String {
        Self.format(date, utcOffsetSeconds: utcOffsetSeconds, pattern: Self.displayPattern)
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
