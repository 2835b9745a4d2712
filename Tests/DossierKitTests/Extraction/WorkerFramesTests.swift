import DossierModel
import Foundation
import Testing
@testable import DossierKit

@Suite struct WorkerFramesTests {
    @Test func framesRoundTripAndEndCleanlyBetweenFrames() throws {
        let pipe = Pipe()
        let w = pipe.fileHandleForWriting.fileDescriptor, r = pipe.fileHandleForReading.fileDescriptor
        try WorkerFrames.write(Data("first".utf8), to: w)
        try WorkerFrames.write(Data(), to: w)
        try pipe.fileHandleForWriting.close()
        #expect(try WorkerFrames.read(from: r) == Data("first".utf8))
        #expect(try WorkerFrames.read(from: r) == Data())
        #expect(try WorkerFrames.read(from: r) == nil)
    }

    @Test func aFrameCutShortIsAClosedPeerNotAnEmptyFrame() throws {
        let pipe = Pipe()
        var length = UInt64(10).littleEndian
        pipe.fileHandleForWriting.write(Data(bytes: &length, count: 8) + Data("abc".utf8))
        try pipe.fileHandleForWriting.close()
        #expect(throws: WorkerFrames.Failure.closed) { try WorkerFrames.read(from: pipe.fileHandleForReading.fileDescriptor) }
    }

    @Test func aReadWaitsNoLongerThanItsDeadline() throws {
        let pipe = Pipe()
        #expect(throws: WorkerFrames.Failure.timedOut) {
            try WorkerFrames.read(from: pipe.fileHandleForReading.fileDescriptor, deadline: Date() + 0.05)
        }
    }
}

@Suite struct WorkerCodingTests {
    /// Plain JSON writes the double 7e8 as `700000000`, which reads back as an integer; the worker's
    /// coders keep every value's type.
    @Test func valuesKeepTheirTypesAcrossThePipe() throws {
        let ev = Evidence(document: "a.txt", sentence: TextSpan(start: 0, end: 5), span: TextSpan(start: 0, end: 5), snippet: "Velko", extractor: "test", confidence: 0.5)
        let properties: [String: Value] = ["amount_value": .double(7e8), "count": .int(7), "share": .double(0.25),
                                           "nested": .map(["x": .double(2)]), "list": .list([.double(3), .int(3)])]
        let extraction = DocumentExtraction(document: "a.txt", relations: [ExtractedRelation(subject: 0, predicate: .investsIn, object: .entity(1), properties: properties, evidence: ev)])
        let back = try WorkerCoding.decoder().decode(DocumentExtraction.self, from: WorkerCoding.encoder().encode(extraction))
        #expect(back.relations.first?.properties == properties)
        // The plain coders lose the type, which is why the worker does not use them.
        let plain = try JSONDecoder().decode(DocumentExtraction.self, from: JSONEncoder().encode(extraction))
        #expect(plain.relations.first?.properties["amount_value"] == .int(700_000_000))
    }
}
