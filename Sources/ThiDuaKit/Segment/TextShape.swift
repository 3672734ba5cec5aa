import VietText
/// Questions about the shape of short analysis texts: capitals, closing punctuation, names.
enum TextShape {
    /// Whether every letter is upper case and there are at least two letters (`KẾ HOẠCH`, `I. MỤC ĐÍCH`).
    static func isAllCaps(_ bytes: some Collection<UInt8>) -> Bool {
        isAllCaps(String(decoding: bytes, as: UTF8.self))
    }

    /// Whether every letter is upper case and there are at least two letters.
    static func isAllCaps(_ text: String) -> Bool {
        var letters = 0
        for scalar in text.unicodeScalars {
            if LatinCase.isLowercase(scalar) { return false }
            if LatinCase.isUppercase(scalar) { letters += 1 }
        }
        return letters >= 2
    }

    /// Whether the text starts a new unit: a label, an upper-case letter or a digit.
    static func startsUnit(_ bytes: ArraySlice<UInt8>) -> Bool {
        if case .some = LabelScanner.scan(bytes) { return true }
        guard let first = String(decoding: bytes.prefix(4), as: UTF8.self).unicodeScalars.first else { return false }
        return LatinCase.isUppercase(first) || ("0"..."9").contains(first) || first == "("
    }

    /// Whether the first letter of the text (UTF-8) is lower case (quotes and brackets before it are
    /// skipped).
    static func startsLowercase(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < text.count {
            let (scalar, length) = ValidUTF8.scalar(in: text, at: index)
            if LatinCase.isLowercase(scalar) { return true }
            if LatinCase.isLetter(scalar) || ("0"..."9").contains(scalar) { return false }
            index += length
        }
        return false
    }

    /// Whether the text ends a sentence: `. ; : ! ? …`, possibly followed by closing quotes or brackets.
    static func endsWithClosingPunctuation(_ text: String) -> Bool {
        for scalar in text.unicodeScalars.reversed() {
            switch scalar {
            case ".", ";", ":", "!", "?", "…": return true
            case "”", "\"", "’", "'", ")", "]", "»", " ": continue
            default: return false
            }
        }
        return false
    }

    /// Whether the text looks like a person's name: two to six capitalised words, letters only.
    static func isPersonName(_ text: String) -> Bool {
        guard text.utf8.count <= 60 else { return false }
        let words = wordCount(text.unicodeScalars) { scalar, _, startsWord in
            (!startsWord || LatinCase.isUppercase(scalar)) && LatinCase.isLetter(scalar)
        }
        return words.map { (2...6).contains($0) } == true && !isAllCaps(text)
    }

    /// The number of words between spaces in `scalars`, each scalar but the spaces passed to `accept`
    /// with its word's number (from 1) and whether it starts the word; `nil` as soon as `accept`
    /// refuses one. Read by scalar: splitting into substrings of characters cost a grapheme break test
    /// for every letter.
    @inline(__always)
    static func wordCount(
        _ scalars: some Sequence<Unicode.Scalar>, accepting accept: (Unicode.Scalar, _ word: Int, _ startsWord: Bool) -> Bool
    ) -> Int? {
        var words = 0
        var atWordStart = true
        for scalar in scalars {
            if scalar == " " {
                atWordStart = true
                continue
            }
            if atWordStart { words += 1 }
            guard accept(scalar, words, atWordStart) else { return nil }
            atWordStart = false
        }
        return words
    }
}
