import Foundation

/// Turns Ctrl-C (SIGINT) into a call on an ordinary thread, so the REPL can cancel a
/// running query instead of dying. The signal handler only writes one byte to a pipe
/// (async-signal-safe); a watcher thread reads it and calls the current `onInterrupt`.
/// Only the main thread takes the signal (helper threads block it), and without
/// `SA_RESTART`, so a Ctrl-C at the prompt interrupts libedit's read (see `interruptCount`).
final class InterruptWatcher: @unchecked Sendable {
    static let shared = InterruptWatcher()

    nonisolated(unsafe) private static var writeEnd: Int32 = -1
    /// Bumped by the signal handler itself, so the REPL can tell a Ctrl-C at the prompt
    /// (readline returned nil and this changed) from Ctrl-D.
    nonisolated(unsafe) static var interruptCount: Int32 = 0
    /// The thread that reads the terminal; a Ctrl-C taken by another thread is passed on to
    /// it, so its blocked read is interrupted.
    nonisolated(unsafe) private static var mainThread = pthread_self()
    private let lock = NSLock()
    private var action: (@Sendable () -> Void)?
    private var installed = false

    /// Installs the handler once (from the thread that reads input); later calls only change
    /// what an interrupt does.
    func install() {
        lock.lock(); defer { lock.unlock() }
        guard !installed else { return }
        installed = true
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return }
        InterruptWatcher.writeEnd = fds[1]
        InterruptWatcher.mainThread = pthread_self()
        // The command may run on a pool thread that blocks signals; this one must take them.
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        let readEnd = fds[0]
        let thread = Thread { [weak self] in
            InterruptWatcher.blockInterruptsOnThisThread()
            var byte: UInt8 = 0
            while read(readEnd, &byte, 1) >= 0 {
                self?.currentAction()?()
            }
        }
        thread.start()
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { signal in
            guard pthread_equal(pthread_self(), InterruptWatcher.mainThread) != 0 else {
                pthread_kill(InterruptWatcher.mainThread, signal)
                return
            }
            InterruptWatcher.interruptCount &+= 1
            var byte: UInt8 = 1
            _ = write(InterruptWatcher.writeEnd, &byte, 1)
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
    }

    /// What the next Ctrl-C does (nil: nothing, the REPL keeps going).
    func onInterrupt(_ action: (@Sendable () -> Void)?) {
        lock.lock(); self.action = action; lock.unlock()
    }

    private func currentAction() -> (@Sendable () -> Void)? {
        lock.lock(); defer { lock.unlock() }
        return action
    }

    static func blockInterruptsOnThisThread() {
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        pthread_sigmask(SIG_BLOCK, &set, nil)
    }

    /// Runs `work` on a worker thread; a Ctrl-C meanwhile calls `cancel` (which must make
    /// `work` return, normally by throwing).
    func runCancellable<T: Sendable>(_ work: @escaping @Sendable () throws -> T, cancel: @escaping @Sendable () -> Void) throws -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        onInterrupt(cancel)
        defer { onInterrupt(nil) }
        let worker = Thread {
            InterruptWatcher.blockInterruptsOnThisThread()
            box.set(Result { try work() })
            done.signal()
        }
        worker.stackSize = 8 << 20  // deep recursive plans need more than a secondary thread's default
        worker.start()
        done.wait()
        return try box.get()
    }
}

final class ResultBox<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var result: Result<T, any Error>?
    func set(_ r: Result<T, any Error>) { lock.lock(); result = r; lock.unlock() }
    func get() throws -> T {
        lock.lock(); defer { lock.unlock() }
        guard let result else { throw CancellationError() }
        return try result.get()
    }
}
