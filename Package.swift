// swift-tools-version:6.0
import PackageDescription

// ThiDua reads Vietnamese provincial plans for emulation movements (phong trào thi đua),
// turns each into one typed record and shows how provinces differ.
//
// The pipeline stages live under Sources/ThiDuaKit/<Stage>/, each its own module so the
// compiler keeps the dependencies one-way:
//
//   VietText ─▶ Model ─▶ Ingest ─▶ Segment ─▶ Extract ─▶ Compare, Check ─▶ Export
//
// `ThiDuaKit` re-exports every stage; the `thidua` executable is a thin shell over ThiDuaCLI.
let package = Package(
    name: "ThiDua",
    products: [
        .library(name: "VietText", targets: ["VietText"]),
        .library(name: "ThiDuaKit", targets: ["ThiDuaKit"]),
        .executable(name: "thidua", targets: ["thidua"]),
    ],
    targets: [
        .target(name: "VietText"),
        .target(name: "ThiDuaModel", dependencies: ["VietText"], path: "Sources/ThiDuaKit/Model"),
        .target(name: "ThiDuaIngest", dependencies: ["VietText", "ThiDuaModel"], path: "Sources/ThiDuaKit/Ingest"),
        .target(
            name: "ThiDuaSegment", dependencies: ["VietText", "ThiDuaModel", "ThiDuaIngest"],
            path: "Sources/ThiDuaKit/Segment"),
        .target(name: "ThiDuaExtract", dependencies: ["VietText", "ThiDuaModel"], path: "Sources/ThiDuaKit/Extract"),
        .target(name: "ThiDuaCompare", dependencies: ["VietText", "ThiDuaModel"], path: "Sources/ThiDuaKit/Compare"),
        .target(
            name: "ThiDuaCheck", dependencies: ["VietText", "ThiDuaModel", "ThiDuaIngest", "ThiDuaExtract"],
            path: "Sources/ThiDuaKit/Check"),
        .target(
            name: "ThiDuaExport", dependencies: ["VietText", "ThiDuaModel", "ThiDuaCompare"], path: "Sources/ThiDuaKit/Export"),
        .target(
            name: "ThiDuaKit",
            dependencies: [
                "VietText", "ThiDuaModel", "ThiDuaIngest", "ThiDuaSegment", "ThiDuaExtract", "ThiDuaCompare", "ThiDuaCheck",
                "ThiDuaExport",
            ],
            path: "Sources/ThiDuaKit/API"),
        .target(name: "ThiDuaCLI", dependencies: ["ThiDuaKit"]),
        .executableTarget(name: "thidua", dependencies: ["ThiDuaCLI"]),
        .executableTarget(name: "thidua-bench", dependencies: ["ThiDuaKit", "thidua"], path: "Benchmarks/ThiDuaBench"),
        .testTarget(name: "VietTextTests", dependencies: ["VietText"]),
        .testTarget(name: "ThiDuaKitTests", dependencies: ["ThiDuaKit"], exclude: ["Golden"]),
        .testTarget(name: "ThiDuaCLITests", dependencies: ["ThiDuaCLI", "thidua"], exclude: ["Golden"]),
    ]
)
