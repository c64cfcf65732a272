extension Driver {
    /// `kata completions --ids`: the workbook's kata ids, parts and slugs, one a line,
    /// for the completion scripts. Nothing is built, so a Tab answers at once.
    /// - Returns: 0.
    func completionWords() -> Int32 {
        say(CompletionSpec.kataWords(workbook.katas))
        return 0
    }
}
