/// A shipped file that is not as `katas/SHA256SUMS` says it was shipped.
struct ShippedFileDifference: Equatable {
    /// How the file differs.
    enum Change: String, Equatable {
        /// It exists, and its bytes are not the ones sealed (or it cannot be read).
        case changed
        /// The manifest lists it, and it is not there.
        case missing
        /// It is a shipped file by the rules (`ShippedFiles`), and the manifest does not list it.
        case added
    }

    /// The path relative to the package root.
    var path: String
    /// The id of the kata the file belongs to, or `nil` for the grader (Package.swift, Sources/).
    var kata: String?
    /// How it differs.
    var change: Change
}
