import Testing
import DossierModel
@testable import DossierResolve
@Suite struct ResolverSmokeTests {
    @Test func blockingKeysSeparateTypes() {
        #expect(Resolver.blockingKey(type: .company, name: "Samara") != Resolver.blockingKey(type: .location, name: "Samara"))
    }
}
