import Testing
import DossierModel
@testable import DossierStore
@Suite struct PlaceholderSmokeTests {
    @Test func modelLinks() { #expect(EntityType(rawValue: "Company") == .company) }
}
