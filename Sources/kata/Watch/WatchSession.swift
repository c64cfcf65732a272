/// What `kata watch` reacts to.
enum WatchEvent: Equatable {
    /// A file of the kata being watched was saved.
    case saved
    /// A key was pressed.
    case key(UInt8)
}

/// The rules of `kata watch`, apart from the terminal: which kata is watched, and what
/// each event does. The command supplies the events and carries out the actions, so
/// these rules are tested without a terminal or a build.
struct WatchSession {
    /// What the session asks the command to do.
    enum Action: Equatable {
        /// Clear the screen and grade this kata, showing its verdicts.
        case grade(KataEntry)
        /// Show the next hint for this kata's first unsolved exercise.
        case hint(KataEntry)
        /// Show the list of katas and the learner's progress.
        case list
        /// Say that there is no kata after the last one.
        case noNextKata
        /// Stop watching.
        case quit
    }

    /// The katas the learner can move through with `n`, in order.
    let katas: [KataEntry]
    /// The index in ``katas`` of the kata being watched.
    private(set) var current: Int

    /// Starts watching `katas[current]`.
    init(katas: [KataEntry], current: Int = 0) {
        self.katas = katas
        self.current = min(max(current, 0), max(katas.count - 1, 0))
    }

    /// The kata being watched.
    var kata: KataEntry { katas[current] }

    /// The keys and what they do, for the footer.
    static let keys = "h hint · n next kata · r re-run · l list · q quit"

    /// What an event calls for; keys other than the documented ones do nothing.
    mutating func handle(_ event: WatchEvent) -> Action? {
        switch event {
        case .saved, .key(UInt8(ascii: "r")):
            return .grade(kata)
        case .key(UInt8(ascii: "h")):
            return .hint(kata)
        case .key(UInt8(ascii: "n")):
            guard current + 1 < katas.count else { return .noNextKata }
            current += 1
            return .grade(kata)
        case .key(UInt8(ascii: "l")):
            return .list
        case .key(UInt8(ascii: "q")), .key(4):
            return .quit
        case .key:
            return nil
        }
    }
}
