@testable import kata
import KataKit
import Testing

/// `kata run --set`: each setting goes to the stories that declare its parameter, and
/// one that no story declares, or whose value is not allowed, is a usage error that
/// says what is allowed.
@Suite("kata run --set: the stories' parameters")
struct StorySettingsTests {
    static let coin = KataEntry(id: "1.1.1", slug: "coin", title: "Coin")
    static let gauss = KataEntry(id: "1.1.2", slug: "gauss", title: "Gauss")
    static let broken = KataEntry(id: "1.1.3", slug: "broken", title: "Broken")

    /// Plans as the author programs would give them: 1.1.2 has `n_samples`, 1.1.1 none,
    /// and 1.1.3 does not build.
    static func plans(_ kata: KataEntry) -> PlanSource.Outcome {
        switch kata.id {
        case gauss.id: .plan(KataPlan(id: kata.id, title: kata.title, exercises: [],
                                      parameters: [.int("n_samples", 5...500, default: 50, "draws")]))
        case broken.id: .unavailable(.couldNotRun("no build"))
        default: .plan(KataPlan(id: kata.id, title: kata.title, exercises: []))
        }
    }

    @Test("a setting reaches the story that declares it, and the values used are each story's")
    func routing() throws {
        let settings = try StorySettings(katas: [Self.coin, Self.gauss], settings: ["n_samples=500"], plans: Self.plans)
        #expect(settings.storyArguments(for: Self.gauss) == ["--set", "n_samples=500"])
        #expect(settings.storyArguments(for: Self.coin) == [])
        #expect(settings.used(by: Self.gauss) == ["n_samples": 500])
        #expect(settings.used(by: Self.coin) == [:])
        let none = try StorySettings(katas: [Self.gauss], settings: [], plans: Self.plans)
        #expect(none.used(by: Self.gauss) == ["n_samples": 50], "without --set, the story's own value is recorded")
    }

    @Test("a value out of range, or a name no story has, is a usage error that says what is allowed",
          arguments: [
            (["n_samples=4"], "1.1.2: n_samples is a whole number from 5 to 500 (the story's own is 50); '4' is not."),
            (["sigma=1"], "No story here has a parameter 'sigma'. The parameters here: 1.1.2: n_samples. (1.1.3 did not build, so theirs are unknown.)"),
            (["500"], "--set takes name=value, such as `--set n_samples=500`; '500' is not."),
          ])
    func refused(settings: [String], message: String) {
        #expect {
            try StorySettings(katas: [Self.coin, Self.gauss, Self.broken], settings: settings, plans: Self.plans)
        } throws: { error in
            (error as? UsageError)?.description.hasPrefix(message) ?? false
        }
    }
}
