import CSQLite
import DossierModel
import Foundation

/// A failure reported by SQLite, with its result code and the statement that failed.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    public var code: Int32
    public var message: String
    public var description: String { message }

    /// Disk full, read-only file system, permission denied: the store cannot be written.
    public var isWriteRefusal: Bool {
        let primary = code & 0xff
        return primary == SQLITE_FULL || primary == SQLITE_READONLY || primary == SQLITE_CANTOPEN || primary == SQLITE_PERM
            || primary == SQLITE_IOERR
    }
    public var isBusy: Bool { (code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED }

    public var diagnostic: Diagnostic {
        let code: String = isBusy ? "StoreBusy" : isWriteRefusal ? "StoreNotWritable" : "StoreError"
        return Diagnostic(code: code, message: message)
    }
}

/// One SQLite connection (not shared between threads), opened in WAL mode with foreign keys on.
final class Connection {
    let handle: OpaquePointer
    let path: String
    private var statements: [String: Statement] = [:]

    init(path: String, readOnly: Bool = false, busyTimeoutMS: Int32 = 10_000) throws {
        var h: OpaquePointer?
        let flags = (readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)) | SQLITE_OPEN_NOMUTEX
        let rc = sqlite3_open_v2(path, &h, flags, nil)
        guard rc == SQLITE_OK, let h else {
            let msg = h.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            if let h { sqlite3_close_v2(h) }
            throw StoreError(code: rc, message: "cannot open \(path): \(msg)")
        }
        handle = h
        self.path = path
        sqlite3_busy_timeout(h, busyTimeoutMS)
        sqlite3_extended_result_codes(h, 1)
        if !readOnly {
            try executeWaitingForLocks("PRAGMA journal_mode=WAL", timeoutMS: busyTimeoutMS)
            try execute("PRAGMA synchronous=NORMAL")
        }
        try execute("PRAGMA foreign_keys=ON")
    }

    /// Switching a new database to WAL needs a lock SQLite does not wait for: when two processes
    /// open the same new store at once, one gets SQLITE_BUSY at once. Retry until the timeout.
    private func executeWaitingForLocks(_ sql: String, timeoutMS: Int32) throws {
        var waitedMS: Int32 = 0
        while true {
            do { return try execute(sql) } catch let error as StoreError where error.isBusy && waitedMS < timeoutMS {
                usleep(20_000)
                waitedMS += 20
            }
        }
    }

    deinit {
        statements.values.forEach { $0.finalize() }
        sqlite3_close_v2(handle)
    }

    func error(_ rc: Int32, _ context: String) -> StoreError {
        StoreError(code: rc, message: "\(context): \(String(cString: sqlite3_errmsg(handle)))")
    }

    /// Runs one or more statements without results.
    func execute(_ sql: String) throws {
        var err: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &err)
        if rc != SQLITE_OK {
            let msg = err.map { String(cString: $0) } ?? "error \(rc)"
            sqlite3_free(err)
            throw StoreError(code: rc, message: "\(msg) (in \(sql.prefix(60)))")
        }
    }

    /// A cached prepared statement, reset and cleared of bindings.
    func prepare(_ sql: String) throws -> Statement {
        if let s = statements[sql] { s.reset(); return s }
        var stmt: OpaquePointer?
        let rc = sqlite3_prepare_v2(handle, sql, -1, &stmt, nil)
        guard rc == SQLITE_OK, let stmt else { throw error(rc, "prepare \(sql.prefix(60))") }
        let s = Statement(stmt, connection: self)
        statements[sql] = s
        return s
    }

    /// Runs a statement with bindings, no result rows expected.
    func run(_ sql: String, _ values: [SQLValue]) throws {
        let s = try prepare(sql)
        try s.bind(values)
        while try s.step() {}
    }

    /// All rows of a query, each mapped by `row`.
    func query<T>(_ sql: String, _ values: [SQLValue] = [], _ row: (Statement) throws -> T) throws -> [T] {
        let s = try prepare(sql)
        try s.bind(values)
        var out: [T] = []
        while try s.step() { out.append(try row(s)) }
        return out
    }

    func scalarInt(_ sql: String, _ values: [SQLValue] = []) throws -> Int64? {
        try query(sql, values) { $0.isNull(0) ? nil : $0.int(0) }.first ?? nil
    }

    var lastInsertID: Int64 { sqlite3_last_insert_rowid(handle) }
    var changes: Int { Int(sqlite3_changes(handle)) }

    /// Runs `body` in a transaction; `immediate` takes the write lock at once so two writers
    /// serialise on the busy timeout instead of failing halfway.
    func transaction<T>(immediate: Bool = true, _ body: () throws -> T) throws -> T {
        try execute(immediate ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }
}

/// A value to bind into a statement.
enum SQLValue {
    case null, int(Int64), double(Double), text(String)
    static func optional(_ s: String?) -> SQLValue { s.map(SQLValue.text) ?? .null }
    static func optional(_ i: Int?) -> SQLValue { i.map { .int(Int64($0)) } ?? .null }
    static func optional(_ i: Int64?) -> SQLValue { i.map(SQLValue.int) ?? .null }
}

/// A prepared statement owned by its connection's cache.
final class Statement {
    let handle: OpaquePointer
    unowned let connection: Connection

    init(_ handle: OpaquePointer, connection: Connection) { self.handle = handle; self.connection = connection }
    func finalize() { sqlite3_finalize(handle) }
    func reset() { sqlite3_reset(handle); sqlite3_clear_bindings(handle) }

    func bind(_ values: [SQLValue]) throws {
        for (i, v) in values.enumerated() {
            let idx = Int32(i + 1)
            let rc: Int32
            switch v {
            case .null: rc = sqlite3_bind_null(handle, idx)
            case .int(let x): rc = sqlite3_bind_int64(handle, idx, x)
            case .double(let x): rc = sqlite3_bind_double(handle, idx, x)
            case .text(let s): rc = sqlite3_bind_text(handle, idx, s, -1, csqlite_transient())
            }
            if rc != SQLITE_OK { throw connection.error(rc, "bind") }
        }
    }

    /// Advances; true while a row is available.
    func step() throws -> Bool {
        let rc = sqlite3_step(handle)
        if rc == SQLITE_ROW { return true }
        if rc == SQLITE_DONE { sqlite3_reset(handle); return false }
        let e = connection.error(rc, "step")
        sqlite3_reset(handle)
        throw e
    }

    func isNull(_ i: Int32) -> Bool { sqlite3_column_type(handle, i) == SQLITE_NULL }
    func int(_ i: Int32) -> Int64 { sqlite3_column_int64(handle, i) }
    func double(_ i: Int32) -> Double { sqlite3_column_double(handle, i) }
    func text(_ i: Int32) -> String {
        guard let p = sqlite3_column_text(handle, i) else { return "" }
        return String(cString: p)
    }
    func optionalText(_ i: Int32) -> String? { isNull(i) ? nil : text(i) }
    func optionalInt(_ i: Int32) -> Int? { isNull(i) ? nil : Int(int(i)) }
}
