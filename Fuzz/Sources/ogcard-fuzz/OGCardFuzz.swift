import CFuzzerDriver
import Foundation

/// `ogcard-fuzz TARGET [libFuzzer options] [corpus folders…]`: runs one fuzz target under libFuzzer.
///
/// One executable holds every target so the sanitizer build links once; the first argument picks
/// the target and everything after it goes to libFuzzer unchanged. `scripts/fuzz` is the usual way in.
@main
enum OGCardFuzz {
    static func main() {
        let arguments = CommandLine.arguments
        guard arguments.count >= 2, let target = FuzzTargets.named(arguments[1]) else {
            var usage = "usage: ogcard-fuzz TARGET [libFuzzer options] [corpus folders…]\ntargets:\n"
            for target in FuzzTargets.all { usage += "  \(target.name.padding(toLength: 18, withPad: " ", startingAt: 0))\(target.summary)\n" }
            FileHandle.standardError.write(Data(usage.utf8))
            exit(2)
        }
        FuzzTargets.select(target)
        // libFuzzer parses argv itself and may keep pointers into it, so the strings live until exit.
        let libFuzzerArguments = [arguments[0]] + arguments.dropFirst(2)
        var argv: [UnsafeMutablePointer<CChar>?] = libFuzzerArguments.map { strdup($0) } + [nil]
        let status = argv.withUnsafeMutableBufferPointer { buffer in
            ogc_fuzz_run(CInt(libFuzzerArguments.count), buffer.baseAddress) { data, size in
                FuzzTargets.runSelected(data, size)
            }
        }
        exit(status)
    }
}
