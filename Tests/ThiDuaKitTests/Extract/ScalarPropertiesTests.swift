import Testing

@testable import ThiDuaExtract

/// The rules' scalar tests take shorter ways for ASCII and the Latin letters; they must say what
/// Unicode's properties say.
@Suite struct ScalarPropertiesTests {
    @Test func isNumberIsWhetherTheScalarHasANumericValue() {
        var mismatches: [String] = []
        for value in UInt32(0)...0x2FFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if scalar.isNumber != (scalar.properties.numericType != nil) { mismatches.append(String(value, radix: 16)) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
    }
}
