import Testing
import DossierModel
@testable import DossierExport

@Suite struct GraphSelectionTests {
    let graph = SampleGraph.snapshot

    @Test func findsActorsByAnyNameThroughNameKey() {
        #expect(GraphSelection.nodesNamed("NORTHWIND mining inc.", in: graph).map(\.id) == [1])
        #expect(GraphSelection.nodesNamed("нортвинд", in: graph).map(\.id) == [1])
        #expect(GraphSelection.nodesNamed("Nobody", in: graph).isEmpty)
    }

    @Test func neighbourhoodFollowsEdgesBothWaysUpToTheDepth() {
        let centre = GraphSelection.nodesNamed("Site C\\D north", in: graph)
        let one = GraphSelection.neighbourhood(of: centre, depth: 1, in: GraphSelection.withoutDocuments(graph))
        #expect(Set(one.nodes.map(\.id)) == [1, 3, 6])
        #expect(Set(one.relationships.map(\.id)) == [11, 12])
        let two = GraphSelection.neighbourhood(of: centre, depth: 2, in: GraphSelection.withoutDocuments(graph))
        #expect(Set(two.nodes.map(\.id)) == [1, 2, 3, 4, 6, 8])
    }

    @Test func withoutDocumentsDropsTheProvenanceLayer() {
        let plain = GraphSelection.withoutDocuments(graph)
        #expect(!plain.nodes.contains { $0.labels.contains("Document") })
        #expect(!plain.relationships.contains { $0.type == "MENTIONS" })
    }

    @Test func resultAddsEndpointsAndEdgesAmongReturnedNodes() {
        let result = QueryResult(columns: ["p", "c", "x"], rows: [
            [.node(graph.nodes[1]), .node(graph.nodes[0]), .list([.relationship(graph.relationships[1])])],
        ])
        let sub = GraphSelection.result(result, in: graph)
        #expect(sub.nodes.map(\.id) == [1, 2, 3], "the facility comes in as the end of OPERATES")
        #expect(sub.relationships.map(\.id) == [10, 11], "WORKS_FOR joins the two returned nodes")
    }

    @Test func minimumConfidenceDropsWeakEdgesAndWeakNodes() {
        let strong = GraphSelection.minimumConfidence(0.5, in: graph, evidence: SampleGraph.Evidence())
        #expect(!strong.relationships.contains { $0.id == 12 || $0.id == 16 })
        #expect(strong.relationships.contains { $0.id == 15 }, "MENTIONS has no confidence, so it stays")
        #expect(!strong.nodes.contains { $0.id == 8 }, "the product's own confidence is 0.2")
        #expect(strong.nodes.contains { $0.id == 6 }, "nothing says the location is weak")
    }
}
