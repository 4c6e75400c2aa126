// Tests decode PNGs with libpng, independently of ogcard's encoder; the decoder is its own small
// target so the fuzz targets can use it without the test framework. Every test gets it from here.
@_exported import PNGTestSupport
