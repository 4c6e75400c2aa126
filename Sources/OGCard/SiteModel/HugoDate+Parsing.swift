package import Foundation

extension HugoDate {
    /// spf13/cast's `ToTimeInDefaultLocationE` on front-matter text: the first of cast's layouts
    /// that reads `text`; a written offset is kept, anything else is wall time in `zone`. Nil
    /// when no layout reads it (Hugo then tries the next date key, else keeps the zero date).
    package static func parse(_ text: String, in zone: TimeZone) -> HugoDate? {
        let value = text.trimmingCharacters(in: .whitespaces)
        for (layout, _) in GoTimeLayout.castLayouts {
            guard let (fields, hasOffset) = GoTimeLayout.parse(value, layout: layout) else { continue }
            if hasOffset { return fields }
            return fields.placed(in: zone)
        }
        return nil
    }

    /// The same wall clock in `zone` (its offset at that moment).
    func placed(in zone: TimeZone) -> HugoDate {
        var utc = self
        utc.offsetSeconds = 0
        // The zone's offset at the wall time read as UTC, then corrected once for a DST edge.
        var offset = zone.secondsFromGMT(for: utc.instant)
        offset = zone.secondsFromGMT(for: utc.instant.addingTimeInterval(TimeInterval(-offset)))
        var result = self
        result.offsetSeconds = offset
        result.zoneName = zone.abbreviation(for: result.instant) ?? zone.identifier
        return result
    }
}
