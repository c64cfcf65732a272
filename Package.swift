// swift-tools-version: 6.0
import PackageDescription

/// One kata of the workbook: its id, its slug (the folder is `katas/<id>-<slug>`),
/// the name of its library module, and its title.
///
/// The `kata` driver reads these lines too (it links no kata), so keep each
/// `Kata(...)` on one line. A manifest that scanned `katas/` would be cached and miss
/// new folders, which is why the list is written out here.
struct Kata {
    let id: String
    let slug: String
    let module: String
    let title: String
    init(_ id: String, _ slug: String, module: String, title: String) {
        self.id = id
        self.slug = slug
        self.module = module
        self.title = title
    }
    var folder: String { "katas/\(id)-\(slug)" }
    /// The chapter: the id without its last number, "10.2".
    var chapter: String { String(id[..<(id.lastIndex(of: ".") ?? id.endIndex)]) }
    var product: String { "kata-\(id)" }
    /// The author's program: the reference and the stub as shipped, for `kata dev`.
    var authorProduct: String { "kata-\(id)-dev" }
}

let katas: [Kata] = [
    Kata("10.2.1", "coin-flip", module: "CoinFlipKata", title: "Coin flip: 9 heads in 13 flips"),
    Kata("10.2.2", "gaussian-mle", module: "GaussianKata", title: "Gaussian MLE: the mean and the variance"),
    Kata("10.2.3", "mle-mse", module: "RegressionKata", title: "MLE = MSE: least squares is Gaussian maximum likelihood"),
    Kata("10.2.4", "cross-entropy", module: "LogisticKata", title: "MLE = cross-entropy: logistic regression"),
    Kata("10.2.5", "exponential", module: "ExponentialKata", title: "The exponential exercise: the rate α from observed waits"),
    Kata("10.2.6", "fisher-information", module: "FisherInformationKata", title: "Fisher information and the Cramér–Rao bound"),
    Kata("10.2.7", "numerical-mle", module: "GammaKata", title: "When calculus fails: numerical maximum likelihood"),
    Kata("10.2.8", "training", module: "TrainingKata", title: "Training is maximum likelihood"),
]

/// Each chapter's support module, at `Sources/Chapters/<chapter>`, which every kata of the
/// chapter links: what its katas share and KataKit, which serves every chapter, should not
/// hold. Chapter 10.2's replays the seeded data of the tutorial it follows.
let chapterSupport: [(chapter: String, module: String)] = [
    ("10.2", "MLETutorialData"),
]

// Learner code compiles in Swift 5 mode: Swift 6's strict concurrency would reject
// ordinary beginner code such as a top-level `var`.
let learnerSettings: [SwiftSetting] = [.swiftLanguageMode(.v5)]

// The numerics, stories and checks are optimised in debug builds too: the checks and
// stories run three to five times faster (the learner's verdict, `kata run`, `swift test`)
// at the price of a slower first build. The learner's own file stays unoptimised, so
// each save still compiles in the time the compiler needs for one small file.
let optimized: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]

var targets: [Target] = [
    .target(name: "KataKit", path: "Sources/KataKit", swiftSettings: optimized),
    // `kata install` appends a record of the driver's sources to the copy it installs, so
    // an installed `kata` can tell when the workbook's driver has changed since.
    .executableTarget(name: "kata", dependencies: ["KataKit"], path: "Sources/kata"),
    // The numerics benchmark bench/run builds in release mode and times next to numpy; it
    // times the katas' own reference code, so it links their libraries.
    .executableTarget(name: "kata-bench",
                      dependencies: ["KataKit", "MLETutorialData", "GaussianKata", "RegressionKata", "LogisticKata", "TrainingKata"],
                      path: "Sources/KataBench"),
    // Golden/ and Reference/ hold data the tests read by path, not sources or resources.
    // The chapters' support modules are tested here too: against numpy's vectors, as KataKit's numerics are.
    .testTarget(name: "KataKitTests", dependencies: ["KataKit"] + chapterSupport.map { .target(name: $0.module) },
                path: "Tests/KataKitTests", exclude: ["Golden", "Reference"]),
    .testTarget(name: "DriverTests", dependencies: ["kata", "KataKit"], path: "Tests/DriverTests"),
]
for support in chapterSupport {
    targets.append(.target(name: support.module, dependencies: ["KataKit"], path: "Sources/Chapters/\(support.chapter)", swiftSettings: optimized))
}
for kata in katas {
    // The story, exercises protocol, checks, hints and reference: never edited by learners.
    // The story reads its own files at run time (CompiledSources(folderOf: #filePath)).
    let chapter = chapterSupport.filter { $0.chapter == kata.chapter }.map { Target.Dependency.target(name: $0.module) }
    targets.append(.target(name: kata.module, dependencies: ["KataKit"] + chapter, path: "\(kata.folder)/Kata", swiftSettings: optimized))
    // The executables below see KataKit through the kata's module, and name it as a
    // dependency too, so that KataKit's module is an input of their compiles: otherwise a
    // change to a KataKit struct that leaves the kata's module as it was (Kata gaining a
    // field) left their objects as they were, and the kata linked from them crashed.
    let executableDependencies: [Target.Dependency] = [.target(name: kata.module), "KataKit"] + chapter
    // The learner's Solution.swift and the three-line main that runs the kata.
    targets.append(.executableTarget(
        name: kata.product, dependencies: executableDependencies, path: kata.folder,
        exclude: ["Kata", "Pristine"], swiftSettings: learnerSettings))
    // The stub as shipped, so `kata dev check` and the tests grade it whatever the learner
    // has done to theirs; its main.swift runs it and the reference for `kata dev`.
    targets.append(.executableTarget(
        name: "\(kata.module)Pristine", dependencies: executableDependencies,
        path: "\(kata.folder)/Pristine", swiftSettings: learnerSettings))
}
targets.append(.testTarget(
    name: "KataTests",
    dependencies: ["KataKit"] + chapterSupport.map { .target(name: $0.module) } + katas.flatMap { [.target(name: $0.module), .target(name: "\($0.module)Pristine")] },
    path: "Tests/KataTests", exclude: ["Reference"]))

let package = Package(
    name: "MLEKatas",
    products: [.executable(name: "kata", targets: ["kata"])]
        + katas.map { .executable(name: $0.product, targets: [$0.product]) }
        + katas.map { .executable(name: $0.authorProduct, targets: ["\($0.module)Pristine"]) },
    targets: targets
)
