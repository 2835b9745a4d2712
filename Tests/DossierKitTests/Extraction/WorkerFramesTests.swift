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
