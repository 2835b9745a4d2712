import Foundation
import Synchronization

/// A flag another thread sets to stop the running query (Ctrl-C in the REPL).
public final class CancellationFlag: Sendable {
    private let flag = Atomic<Bool>(false)
    public init() {}
    public func cancel() { flag.store(true, ordering: .relaxed) }
    public func reset() { flag.store(false, ordering: .relaxed) }
    public var isCancelled: Bool { flag.load(ordering: .relaxed) }
}

/// Bounds on one execution: wall-clock timeout, cancellation, and the size of buffered results.
public struct QueryLimits: Sendable {
    /// Seconds before a query is stopped; nil for no timeout.
    public var timeout: Double?
    /// Largest number of rows a buffering step (ORDER BY, DISTINCT, aggregation, the result) may hold.
    public var maximumBufferedRows: Int
    public init(timeout: Double? = 60, maximumBufferedRows: Int = 20_000_000) {
        self.timeout = timeout; self.maximumBufferedRows = maximumBufferedRows
    }
}

/// Checked from the executor's loops; cheap because it only looks at the clock every few thousand steps.
final class ExecutionLimits {
    let limits: QueryLimits
    let cancellation: CancellationFlag
    private let deadline: UInt64?
    private var steps = 0

    init(_ limits: QueryLimits, cancellation: CancellationFlag) {
        self.limits = limits
        self.cancellation = cancellation
        deadline = limits.timeout.map { DispatchTime.now().uptimeNanoseconds + UInt64($0 * 1e9) }
    }

    @inline(__always)
    func tick() throws(QueryError) {
        steps &+= 1
        if steps & 4095 == 0 { try check() }
    }

    func check() throws(QueryError) {
        if cancellation.isCancelled {
            throw QueryError("QueryCancelled", .runtime, "Cancelled", "the query was cancelled")
        }
        if let deadline, DispatchTime.now().uptimeNanoseconds > deadline {
            throw QueryError("QueryTimeout", .runtime, "Timeout", "the query ran longer than \(limits.timeout ?? 0) s")
        }
    }

    func checkBuffer(_ count: Int) throws(QueryError) {
        if count > limits.maximumBufferedRows {
            throw QueryError("ResourceLimit", .runtime, "ResultTooLarge",
                             "more than \(limits.maximumBufferedRows) intermediate rows; add a LIMIT or a more selective pattern")
        }
    }
}
