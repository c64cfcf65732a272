import Foundation
import KataKit

/// The parameters of the stories `kata run` tells, read from each kata's plan, and the
/// values the learner set for them with `--set name=value`.
struct StorySettings {
    /// Each kata's parameters, by kata id.
    private(set) var parameters: [String: [StoryParameter]] = [:]
    /// The values the learner set, by kata id, then by parameter name.
    private(set) var values: [String: [String: Double]] = [:]

    /// No values set: every story told with its own.
    init() {}

    /// The arguments that tell `kata`'s story with the learner's values.
    func storyArguments(for kata: KataEntry) -> [String] {
        (values[kata.id] ?? [:]).sorted { $0.key < $1.key }
            .flatMap { ["--set", "\($0.key)=\(StoryParameter.text($0.value))"] }
    }

    /// The value each of `kata`'s parameters is told with: the learner's, or the story's own.
    func used(by kata: KataEntry) -> [String: Double] {
        Dictionary(uniqueKeysWithValues: (parameters[kata.id] ?? []).map {
            ($0.name, values[kata.id]?[$0.name] ?? $0.defaultValue)
        })
    }

    /// Reads every kata's parameters and checks `settings` against them: each must name
    /// a parameter of at least one of the katas, with a value it allows.
    /// - Parameters:
    ///   - katas: The katas to be told.
    ///   - settings: What the learner typed after each `--set`.
    ///   - plans: Each kata's plan, or why there is none.
    /// - Throws: `UsageError` naming the parameter and what it allows.
    init(katas: [KataEntry], settings: [String], plans: (KataEntry) -> PlanSource.Outcome) throws(UsageError) {
        var unavailable: [String] = []
        for kata in katas {
            switch plans(kata) {
            case .plan(let plan): parameters[kata.id] = plan.parameters
            case .unavailable: unavailable.append(kata.id)
            }
        }
        for setting in settings {
            let name = String(setting.prefix { $0 != "=" })
            let owners = katas.filter { kata in parameters[kata.id]?.contains { $0.name == name } ?? false }
            guard !owners.isEmpty else { throw unknown(setting, name: name, katas: katas, unavailable: unavailable) }
            for kata in owners {
                switch (parameters[kata.id] ?? []).values(parsing: [setting]) {
                case .success(let parsed): values[kata.id, default: [:]].merge(parsed) { $1 }
                case .failure(let error): throw UsageError("\(kata.id): \(error)")
                }
            }
        }
    }

    /// The error for a setting no kata's story has a parameter for.
    private func unknown(_ setting: String, name: String, katas: [KataEntry], unavailable: [String]) -> UsageError {
        guard setting.contains("="), !name.isEmpty else {
            return UsageError("--set takes name=value, such as `--set n_samples=500`; '\(setting)' is not.")
        }
        let known = katas.compactMap { kata -> String? in
            guard let list = parameters[kata.id], !list.isEmpty else { return nil }
            return "\(kata.id): \(list.map(\.name).joined(separator: ", "))"
        }
        let listed = known.isEmpty ? "No story here has parameters." : "The parameters here: \(known.joined(separator: "; "))."
        let missing = unavailable.isEmpty ? "" : " (\(unavailable.joined(separator: ", ")) did not build, so theirs are unknown.)"
        return UsageError("No story here has a parameter '\(name)'. \(listed)\(missing) "
                          + "`\(Driver.invocation) run <id> --params` lists them.")
    }
}

extension Driver {
    /// Reads the parameters of `katas`' stories and the learner's values for them.
    /// - Throws: `UsageError` for a value that is not allowed or a name no story has.
    func storySettings(_ katas: [KataEntry], settings: [String]) throws(UsageError) -> StorySettings {
        try StorySettings(katas: katas, settings: settings, plans: planSource.plan(of:))
    }

    /// `kata run <id> --params`: each story's parameters, what they allow and how to set one.
    /// - Returns: 0, or 1 when a kata's plan could not be read.
    func listParameters(_ katas: [KataEntry]) -> Int32 {
        let source = planSource
        var status: Int32 = 0
        for kata in katas {
            switch source.plan(of: kata) {
            case .unavailable(let result):
                say(style.paint("\(kata.id) \(kata.title)", .bold), VerdictReport(style: style, workbook: workbook).render(kata, result))
                status = 1
            case .plan(let plan) where plan.parameters.isEmpty:
                say(style.paint("\(kata.id) \(kata.title)", .bold), "  Its story has no parameters.")
            case .plan(let plan):
                say(style.paint("\(kata.id) \(kata.title)", .bold))
                for parameter in plan.parameters {
                    say("  " + style.paint(parameter.name, .bold) + ": \(parameter.summary)",
                        style.paint("    \(parameter.rangeText); the story's own: \(StoryParameter.text(parameter.defaultValue))", .dim))
                }
                let example = plan.parameters[0]
                say("  Try `\(Driver.invocation) run \(kata.id) --set \(example.name)=\(StoryParameter.text(example.highest))`.")
            }
        }
        return status
    }
}
