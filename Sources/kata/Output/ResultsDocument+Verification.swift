extension ResultsDocument {
    /// `check --verify` only: what comparing the shipped files with katas/SHA256SUMS found.
    struct Verification: Encodable, Equatable {
        /// The first 16 hex digits of the SHA-256 of katas/SHA256SUMS, to compare with the
        /// published workbook's.
        var fingerprint: String
        /// Whether every verified file is as shipped (`differences` is empty).
        var intact: Bool
        /// The files of the verified katas and of the grader that are not as shipped, by path.
        var differences: [Difference]

        /// The verification as the document shows it.
        /// - Parameter verification: What the verification found.
        init(_ verification: ShippedFilesVerification) {
            fingerprint = verification.fingerprint
            intact = verification.isIntact
            differences = verification.differences.map {
                Difference(path: $0.path, kata: $0.kata, change: $0.change.rawValue)
            }
        }
    }

    /// One shipped file that is not as shipped.
    struct Difference: Encodable, Equatable {
        /// The file, relative to the root.
        var path: String
        /// The kata it belongs to, or `nil` (written as `null`) for the grader's files.
        var kata: String?
        /// `changed`, `missing` or `added`.
        var change: String

        private enum CodingKeys: String, CodingKey {
            case path, kata, change
        }

        /// Writes `kata` as `null` for the grader, instead of leaving it out as the
        /// document's optional fields are: the field always applies.
        /// - Throws: What the encoder throws.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(path, forKey: .path)
            try container.encode(kata, forKey: .kata)
            try container.encode(change, forKey: .change)
        }
    }
}
