// ThiDuaKit: the pipeline of ThiDua in one import.
//
// Each stage is its own module under Sources/ThiDuaKit/<Stage>/, so the compiler keeps the
// dependencies one-way: VietText → Model → Ingest → Segment → … → Export.
@_exported import ThiDuaCheck
@_exported import ThiDuaCompare
@_exported import ThiDuaExport
@_exported import ThiDuaExtract
@_exported import ThiDuaIngest
@_exported import ThiDuaModel
@_exported import ThiDuaSegment
@_exported import VietText
