// swift-tools-version: 6.0
import PackageDescription

/// lectern: a literate lesson runner for an introductory neural-network course.
///
/// The flow runs one way: lesson.md → LessonFormat (cmark) → Runner (Interpreter + MLCore)
/// → CellResults → Site (terminal / HTML / JSON). See README.md for the architecture.
let package = Package(
    name: "lectern",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "lectern", targets: ["lectern"]),
        .library(name: "MLCore", targets: ["MLCore"]),
        // What `lectern run --compile` links a lesson's compiled cells against: the lesson library
        // (plot, show, the checks) with MLCore, Plots and Figures inside. Dynamic, because swiftc
        // links a shared object in one `-lLessonKit`; see Sources/LessonKit/LessonKit.swift.
        .library(name: "LessonKit", type: .dynamic, targets: ["LessonKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/swiftlang/swift-syntax", from: "603.0.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // The course gradebook (SQLite, Debian's libsqlite3-dev); see README "Architecture" for its build cost.
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // `lectern serve`'s HTTP and WebSocket server: no dependencies of its own (see README "Architecture").
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
    ],
    targets: [
        // The one C boundary: libcmark from Debian's libcmark-dev.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "LessonFormat", dependencies: ["CCmark"]),
        // MLCore opens Debian's OpenBLAS (libopenblas0) at run time for matrix products: measured
        // 2.3× faster than its own blocked kernel at 1024² here (Swift on Linux targets baseline
        // SSE2). Opened, not linked, so processes that never multiply don't start its threads.
        // MLCore's eˣ, tanh, sigmoid and max/min in AVX-512, chosen at run time (CPUs without it
        // keep MLCore's portable Swift loops): Swift has no per-function target attribute, and
        // numpy runs these eight lanes wide. One C file, 0.3 s of a clean build.
        .target(name: "CVectorMath"),
        .target(name: "MLCore", dependencies: ["CVectorMath"]),
        .target(name: "Plots"),
        // MLCore objects as Plots figures (loss curves, decision boundaries, graphs, paths).
        .target(name: "Figures", dependencies: ["MLCore", "Plots"]),
        // How the native checks compare numbers: one rule for the interpreter and for LessonKit.
        .target(name: "Checks"),
        // The lesson library as real Swift, for lessons compiled by `lectern run --compile`.
        .target(name: "LessonKit", dependencies: ["Checks", "MLCore", "Plots", "Figures"]),
        // LaTeX subset → MathML (HTML) and Unicode (terminal); no dependencies.
        .target(name: "MathText"),
        .target(
            name: "Interpreter",
            dependencies: [
                .product(name: "SwiftParser", package: "swift-syntax"),
                .product(name: "SwiftSyntax", package: "swift-syntax"),
                .product(name: "SwiftOperators", package: "swift-syntax"),
                "MLCore", "Plots", "Figures", "Checks",
            ],
            // The evaluator's state lives in classes (frames, the runtime); Swift's dynamic
            // exclusivity checks on them cost ~5 % of every closure call and can only trap.
            // Reference counting is non-atomic: one thread at a time runs interpreter code (see
            // `InterpreterLock` in Session.swift), and atomic retains were a third of the time of
            // method-heavy lesson code.
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked", "-Xfrontend", "-assume-single-threaded"])]
        ),
        // What running a lesson produced (cell results, doctests). Renderers depend on this, not
        // on the interpreter, so they build and test without swift-syntax's evaluator.
        .target(name: "Outcomes", dependencies: ["LessonFormat", "Plots"]),
        .target(name: "Runner", dependencies: ["LessonFormat", "Outcomes", "Interpreter", "Plots", "LessonKit"]),
        .target(name: "Site", dependencies: ["LessonFormat", "Outcomes", "Plots", "MathText",
                                              .product(name: "SwiftParser", package: "swift-syntax"),
                                              .product(name: "SwiftSyntax", package: "swift-syntax")]),
        // `lectern serve`: the live preview (the site in memory, file polling, FlyingFox on 127.0.0.1).
        .target(name: "Preview", dependencies: ["LessonFormat", "Outcomes", "Runner", "Site",
                                                .product(name: "FlyingFox", package: "FlyingFox")]),
        // Exercises and grading: handouts, submissions, the exercise rules, worker processes,
        // scores, reports, the gradebook and the similarity report.
        .target(name: "Grading", dependencies: ["LessonFormat", "Outcomes", "Runner", "Interpreter", "Site",
                                                .product(name: "GRDB", package: "GRDB.swift")]),
        // The command line: commands live in a library so tests can drive them; `lectern` is main.
        .target(
            name: "LecternCLI",
            dependencies: [
                "LessonFormat", "Outcomes", "Runner", "Site", "Grading", "Interpreter", "Preview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // glibc's allocator told to keep freed blocks for reuse (see Sources/lectern/main.swift).
        .target(name: "CAllocator"),
        .executableTarget(name: "lectern", dependencies: ["LecternCLI", "CAllocator"]),
        // Release benchmarks of MLCore against numpy (see benchmarks/run); not part of the tests.
        .executableTarget(name: "lectern-bench", dependencies: ["MLCore"]),
        .testTarget(name: "LessonFormatTests", dependencies: ["LessonFormat"]),
        .testTarget(name: "MLCoreTests", dependencies: ["MLCore"]),
        .testTarget(name: "PlotsTests", dependencies: ["Plots"]),
        .testTarget(name: "MathTextTests", dependencies: ["MathText"]),
        .testTarget(name: "FiguresTests", dependencies: ["Figures", "MLCore", "Plots"]),
        // Programs/ holds Swift programs the differential test runs and Hostile/ the cells that
        // once crashed or hung lectern; they are data, not test code.
        .testTarget(name: "InterpreterTests", dependencies: ["Interpreter"], exclude: ["Programs", "Hostile"]),
        .testTarget(name: "OutcomesTests", dependencies: ["Outcomes", "LessonFormat"]),
        .testTarget(name: "RunnerTests", dependencies: ["Runner", "LessonFormat", "LessonKit"]),
        .testTarget(name: "SiteTests", dependencies: ["Site", "Outcomes", "LessonFormat"]),
        .testTarget(name: "PreviewTests", dependencies: ["Preview", "Runner", "Site"]),
        // Worker-process tests start the real `lectern` (hence the dependency); the example
        // lesson and submissions they grade are in examples/grading/.
        .testTarget(name: "GradingTests", dependencies: ["Grading", "Outcomes", "LessonFormat", "Runner", "Interpreter", "lectern"]),
        // Drives the real `lectern` executable (hence the dependency: it is built before the tests).
        .testTarget(name: "LecternCLITests", dependencies: ["LecternCLI", "lectern"]),
        .testTarget(name: "ChecksTests", dependencies: ["Checks"]),
    ],
    swiftLanguageModes: [.v5]
)
