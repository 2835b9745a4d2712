import Testing
import DossierModel
@testable import DossierQuery
@Suite struct PlaceholderSmokeTests {
    @Test func modelLinks() { #expect(EntityType(rawValue: "Company") == .company) }
}
