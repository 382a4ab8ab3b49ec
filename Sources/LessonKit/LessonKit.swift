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
// How swiftc finds it (measured with SwiftPM 6.3 / Swift 6.3.1 on Linux): the package declares
// LessonKit as a *dynamic* library product, so every `swift build` (with or without
// `--build-tests`) writes `libLessonKit.so` into the build folder (`.build/debug`), with the
// objects of MLCore, Plots, Figures and Checks linked into it (their public symbols are exported),
// and the `.swiftmodule`s of all of them into `.build/debug/Modules`. A program then builds with
//
//     swiftc -I .build/debug/Modules -L .build/debug -lLessonKit \
//            -Xlinker -rpath -Xlinker .build/debug main.swift
//
// One `-lLessonKit` thus brings the whole library closure, and the program uses the very MLCore
// objects the interpreter was built from (same build folder, same configuration). The program
// and the .so need the Swift runtime of the same toolchain, which the swiftc on PATH provides.
// See Sources/Runner/Compiled for the program and the comparison.
