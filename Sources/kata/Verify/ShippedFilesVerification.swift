/// What `kata check --verify` found: the fingerprint of the manifest it compared with,
/// and the shipped files of the selected katas and of the grader that differ from it.
struct ShippedFilesVerification: Equatable {
    /// The manifest's fingerprint (`ChecksumManifest.fingerprint`).
    var fingerprint: String
    /// The ids of the katas verified, in workbook order.
    var katas: [String]
    /// The differing files of those katas and of the grader, sorted by path.
    var differences: [ShippedFileDifference]

    /// Whether every verified file is as shipped.
    var isIntact: Bool { differences.isEmpty }

    /// The differences of one kata, or of the grader when `kata` is `nil`.
    /// - Parameter kata: A kata id, or `nil`.
    /// - Returns: Its differing files, sorted by path.
    func differences(of kata: String?) -> [ShippedFileDifference] {
        differences.filter { $0.kata == kata }
    }
}

extension ShippedFilesVerification {
    /// Compares `katas` and the grader with the workbook's manifest.
    /// - Parameters:
    ///   - katas: The katas to verify; the grader is always verified, since it grades them all.
    ///   - workbook: The workbook.
    /// - Throws: `ManifestError` when the manifest is missing, unreadable or damaged.
    init(of katas: [KataEntry], in workbook: Workbook) throws(ManifestError) {
        let manifest = try ChecksumManifest.read(from: workbook)
        let ids = katas.map(\.id)
        fingerprint = manifest.fingerprint
        self.katas = ids
        differences = manifest.differences(in: workbook).filter { $0.kata.map(ids.contains) ?? true }
    }
}
