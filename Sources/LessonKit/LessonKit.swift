// LessonKit: the lesson library as a real Swift module, for `lectern run --compile`.
//
// Lesson code calls MLCore directly, and a few functions that are not MLCore's: the figures
// (`plot`, `show`, `scatter`, …, in Figures.swift) and the native checks (`check`, `expect`,
// `expectEqual`, in Checks.swift). The interpreter provides those through its bridge
// (Sources/Interpreter/Library); LessonKit provides them to compiled lessons with the same
// signatures, on top of the same implementations (Figures builds the figures, the Checks module
// decides `expect`), so a lesson compiles against LessonKit exactly when it calls the library
// as documented.
//
// How swiftc finds it (SwiftPM 6.3 on Linux): the package declares LessonKit as a *dynamic*
// library product, so `swift build` writes `libLessonKit.so` into the build folder
// (`.build/debug`), with MLCore, Plots, Figures and Checks linked into it, and the
// `.swiftmodule`s of all of them into `.build/debug/Modules`. A program then builds with
//
//     swiftc -I .build/debug/Modules -L .build/debug -lLessonKit \
//            -Xlinker -rpath -Xlinker .build/debug main.swift
//
// A static product would not do: SwiftPM makes no `.a` for it that swiftc could link, and the
// objects of each target are not a stable interface. See Sources/Runner/Compiled.
