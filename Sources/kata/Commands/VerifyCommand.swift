import KataKit

extension Driver {
    /// `kata check --verify`: compares the selected katas and the grader with
    /// katas/SHA256SUMS, says what differs, then grades as `kata check` (or
    /// `kata check --json`, with the verification in the document) does.
    /// - Parameters:
    ///   - katas: The katas to verify and grade.
    ///   - timeout: Seconds each check may take.
    ///   - json: Whether to write the results document instead of the report.
    /// - Returns: 1 when a file is not as shipped or the manifest could not be read (then
    ///   nothing is graded), else what the grading returns.
    func checkVerifying(_ katas: [KataEntry], timeout: Double, json: Bool) -> Int32 {
        guard let verification = verifyShippedFiles(of: katas, json: json) else { return 1 }
        var building = self
        building.alwaysBuild = true
        let graded = json
            ? building.checkAsJSON(katas, timeout: timeout, verification: ResultsDocument.Verification(verification))
            : building.check(katas, timeout: timeout)
        return verification.isIntact ? graded : 1
    }

    /// The verification step of `kata check --verify`, apart from grading so that it can
    /// be tried without building anything.
    /// - Parameters:
    ///   - katas: The katas to verify.
    ///   - json: Whether the report is left out (the document carries it); a message
    ///     about the manifest then goes to standard error, keeping standard output for JSON.
    /// - Returns: What was found, or `nil` when the manifest could not be read (said why).
    func verifyShippedFiles(of katas: [KataEntry], json: Bool = false) -> ShippedFilesVerification? {
        let verification: ShippedFilesVerification
        do {
            verification = try ShippedFilesVerification(of: katas, in: workbook)
        } catch {
            let message = "\(error.description) Nothing was graded; `\(Driver.invocation) check` grades without verifying."
            if json {
                FileDescriptorWriter.standardError.write("error: " + message + "\n")
            } else {
                say(style.paint("error: ", .bold, .red) + message)
            }
            return nil
        }
        if !json { say(VerificationReport(style: style, workbook: workbook).render(verification), "") }
        return verification
    }
}
