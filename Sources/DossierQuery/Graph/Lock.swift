import Foundation

/// A tiny lock so lazily built indexes stay safe when a session is shared between threads.
final class NSLockShim: @unchecked Sendable {
    private let inner = NSLock()
    func lock() { inner.lock() }
    func unlock() { inner.unlock() }
}
