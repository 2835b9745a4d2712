import Testing
import Foundation

@Suite struct CLISmokeTests {
    @Test func binaryIsBuilt() {
        #expect(FileManager.default.fileExists(atPath: "\(FileManager.default.currentDirectoryPath)/Package.swift"))
    }
}
