// The command OGCardBuildPlugin puts in the build: `OGCardBuildTool SITE WORK` copies the site
// folder SITE into the plugin's work folder WORK, builds its cards there (only what changed
// since the last run) and writes WORK/ogcard-cards.json and WORK/ogcard-cards.png-pack.
// Messages are `file:line: error: step: reason`, naming the package's files, the form SwiftPM
// and IDEs show against the file. Exit status: 0 ok; 1 some posts failed (the others' outputs
// are written); 2 the site could not be built at all.

import Foundation
import OGCard

/// Prints `diagnostic` on standard error in the compiler's form.
func report(_ diagnostic: Diagnostic) {
    var location = ""
    if let file = diagnostic.file, !file.isEmpty {
        location = file + (diagnostic.line.map { ":\($0)" } ?? "") + ": "
    }
    let message = "\(location)\(diagnostic.severity.rawValue): \(diagnostic.step.rawValue): \(diagnostic.reason)\n"
    FileHandle.standardError.write(Data(message.utf8))
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count == 2 else {
    FileHandle.standardError.write(Data("usage: OGCardBuildTool SITE WORK\n".utf8))
    exit(2)
}
let build = PluginSiteBuild(
    source: URL(fileURLWithPath: arguments[0], isDirectory: true),
    work: URL(fileURLWithPath: arguments[1], isDirectory: true))
do {
    let summary = try build.run()
    for diagnostic in summary.diagnostics where diagnostic.severity != .note { report(diagnostic) }
    print(
        "ogcard: \(summary.posts) posts, \(summary.rendered) cards rendered, \(summary.skipped) up to date, \(summary.failures.count) failed"
    )
    exit(summary.failures.isEmpty ? 0 : 1)
} catch {
    report(error)
    exit(2)
}
