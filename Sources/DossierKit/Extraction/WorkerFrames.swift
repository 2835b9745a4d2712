import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The framing between the ingest and its extraction worker: an 8-byte little-endian length,
/// then that many bytes of JSON. Raw file descriptors, so a read can wait with a deadline and a
/// dead peer shows as end-of-file or a failed write instead of a signal.
enum WorkerFrames {
    enum Failure: Error, Equatable {
        /// The peer closed its end (it exited or crashed).
        case closed
        /// No whole frame arrived before the deadline.
        case timedOut
        /// A length no frame can have: the peer is not speaking this protocol.
        case malformed
    }

    /// Larger than any document the reader accepts, small enough to refuse a garbage length.
    static let largestFrame = 1 << 30

    static func write(_ payload: Data, to fd: Int32) throws(Failure) {
        var length = UInt64(payload.count).littleEndian
        var frame = Data(bytes: &length, count: 8)
        frame.append(payload)
        var sent = 0
        let failed: Bool = frame.withUnsafeBytes { raw in
            while sent < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + sent, raw.count - sent)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return true }
                sent += n
            }
            return false
        }
        if failed { throw .closed }
    }

    /// The next frame's payload, or nil when the peer closed cleanly between frames.
    static func read(from fd: Int32, deadline: Date? = nil) throws(Failure) -> Data? {
        guard let header = try readExactly(8, from: fd, deadline: deadline, endOK: true) else { return nil }
        let length = header.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
        guard length <= UInt64(largestFrame) else { throw .malformed }
        return try readExactly(Int(length), from: fd, deadline: deadline, endOK: false)
    }

    private static func readExactly(_ count: Int, from fd: Int32, deadline: Date?, endOK: Bool) throws(Failure) -> Data? {
        var data = Data(count: count)
        var got = 0
        while got < count {
            try waitReadable(fd, deadline: deadline)
            let n = data.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + got, count - got) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 {
                if got == 0 && endOK { return nil }
                throw .closed
            }
            got += n
        }
        return data
    }

    private static func waitReadable(_ fd: Int32, deadline: Date?) throws(Failure) {
        guard let deadline else { return }
        while true {
            let left = deadline.timeIntervalSinceNow
            if left <= 0 { throw .timedOut }
            var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&entry, 1, Int32(min(left * 1000, 60_000).rounded(.up)))
            if ready > 0 { return }
            if ready < 0 && errno != EINTR { throw .closed }
        }
    }
}
