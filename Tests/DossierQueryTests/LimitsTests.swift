import Foundation
import Testing
import DossierModel
@testable import DossierQuery

@Suite struct LimitsTests {
    /// A clique is enough to make an unbounded pattern explode.
    static func clique(_ n: Int) -> QueryEngine {
        var rels: [GraphRelationship] = []
        for a in 0..<n { for b in 0..<n where a != b { rels.append(GraphRelationship(id: Int64(rels.count), type: "T", start: Int64(a), end: Int64(b))) } }
        return QueryEngine(snapshot: GraphSnapshot(nodes: (0..<n).map { GraphNode(id: Int64($0), labels: ["N"]) }, relationships: rels))
    }

    @Test func timeoutStopsARunawayQuery() throws {
        let e = Self.clique(12)
        e.limits = QueryLimits(timeout: 0.2)
        let start = Date()
        let error = try #require(e.error("MATCH (a)-[*]->(b) RETURN count(*)"))
        #expect(error.detail == "Timeout")
        #expect(Date().timeIntervalSince(start) < 5)
    }

    /// The query runs on its own thread, not on Swift's cooperative pool: on a loaded two-core
    /// machine other tests can hold every pool thread, and a cancel scheduled there would only
    /// run after the query had timed out.
    @Test func cancelFromAnotherThread() throws {
        let e = Self.clique(12)
        e.limits = QueryLimits(timeout: 60)  // a lost cancel fails the test instead of hanging it
        final class Outcome: @unchecked Sendable { var error: QueryError? }
        let outcome = Outcome(), done = DispatchSemaphore(value: 0)
        let query = Thread { outcome.error = e.error("MATCH (a)-[*]->(b) RETURN count(*)"); done.signal() }
        query.start()
        Thread.sleep(forTimeInterval: 0.1)
        e.cancel()
        done.wait()
        #expect(outcome.error?.detail == "Cancelled")
    }

    @Test func bufferedRowsAreBounded() throws {
        let e = QueryEngine()
        e.limits = QueryLimits(timeout: nil, maximumBufferedRows: 1000)
        let error = try #require(e.error("UNWIND range(1, 5000) AS x RETURN x ORDER BY x"))
        #expect(error.detail == "ResultTooLarge")
    }

    @Test func unboundedLengthHasADefaultBound() throws {
        var nodes: [GraphNode] = [], rels: [GraphRelationship] = []
        for i in 0..<60 { nodes.append(GraphNode(id: Int64(i), labels: [], properties: ["i": .int(Int64(i))])) }
        for i in 0..<59 { rels.append(GraphRelationship(id: Int64(i), type: "NEXT", start: Int64(i), end: Int64(i + 1))) }
        let e = QueryEngine(snapshot: GraphSnapshot(nodes: nodes, relationships: rels))
        let reach = try e.scalar("MATCH ({i: 0})-[*]->(b) RETURN count(b)")
        #expect(reach == .int(Int64(PatternMatcher.defaultMaximumHops)))
        #expect(try e.scalar("MATCH ({i: 0})-[*1..50]->(b) RETURN count(b)") == .int(50))
    }
}

@Suite struct EarlyCancelTests {
    /// A cancel that arrives before the query starts stops it, and is spent by it.
    @Test func cancelBeforeTheQueryStartsIsNotLost() throws {
        let e = LimitsTests.clique(12)
        e.limits = QueryLimits(timeout: 30)
        e.cancel()
        #expect(e.error("MATCH (a)-[*]->(b) RETURN count(*)")?.detail == "Cancelled")
        #expect(e.error("MATCH (a) RETURN count(*)") == nil, "the next query runs normally")
    }
}
