import CCardKernels
import Foundation

/// A backdrop deflated once in bands of rows (`ogc_png_backdrop`), so that each card deflates
/// only the bands where its rows differ from it (PNGWriter.encode(_:over:)).
final class PNGBackdropBands {
    /// Rows per band. Smaller bands reuse more of a card's unchanged rows but cost a sync flush
    /// (5 bytes) each and lose matches across band edges (each band starts with an empty window).
    /// 16 rows reused 74 % of a modern card's rows; 8 rows reused 75 % but cost 3 KB more on the
    /// gradient design, 32 rows only 63 % (docs/performance.md).
    static let bandRows = 16
    /// zlib level for the backdrop's bands: they are deflated once per layout per renderer, so
    /// the smallest output is worth the time.
    static let backdropLevel = 9

    let pointer: OpaquePointer
    let options: PNGEncodingOptions

    init(_ surface: CairoImageSurface, options: PNGEncodingOptions) throws(Diagnostic) {
        let settings = PNGWriter.settings(options)
        let created: OpaquePointer?
        do {
            created = try surface.withPixels { pixels, stride in
                ogc_png_backdrop_create(
                    pixels, Int32(surface.width), Int32(surface.height), Int32(stride), settings, Int32(Self.bandRows),
                    Int32(Self.backdropLevel))
            }
        } catch {
            throw Diagnostic.wrapping(error, file: nil, step: .encodePNG)
        }
        guard let created else {
            throw Diagnostic(step: .encodePNG, reason: "PNG encoder could not deflate the backdrop")
        }
        pointer = created
        self.options = options
    }

    deinit {
        ogc_png_backdrop_free(pointer)
    }
}
