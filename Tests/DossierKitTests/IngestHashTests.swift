import Foundation
import Testing
@testable import DossierKit

@Suite struct IngestHashTests {
    @Test func knownVectors() {
        #expect(IngestHash.sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(IngestHash.sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(IngestHash.sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func feedingInPiecesOrFromAFileGivesTheSameDigest() throws {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        var hasher = IngestHash.Hasher256()
        for piece in [0..<1, 1..<63, 63..<64, 64..<500, 500..<1000] { hasher.update(bytes[piece]) }
        #expect(IngestHash.hex(hasher.finish()) == IngestHash.sha256Hex(Data(bytes)))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("hash-\(UUID().uuidString)").path
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        defer { try? FileManager.default.removeItem(atPath: file) }
        #expect(IngestHash.sha256Hex(fileAt: file) == IngestHash.sha256Hex(Data(bytes)))
    }
}
