import Yams

/// A composed layout file, kept for binding parameters later. Immutable once made, so sharing
/// it between threads is safe even though Yams' `Node` is not declared `Sendable`.
final class LayoutDocument: @unchecked Sendable {
    let root: Node

    init(root: Node) {
        self.root = root
    }
}
