import Testing
import DossierModel
@testable import DossierKit
@Suite struct PlaceholderSmokeTests {
    @Test func modelLinks() { #expect(EntityType(rawValue: "Company") == .company) }
}
