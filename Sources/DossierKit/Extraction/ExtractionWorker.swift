import DossierModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the worker answers for one document.
enum WorkerReply: Codable {
    case extraction(DocumentExtraction)
    /// The extractor threw (it did not crash): the message to report for this document.
    case failure(String)
}

/// The coders of the worker protocol: values keep their exact type across the pipe.
enum WorkerCoding {
    static func encoder() -> JSONEncoder {
        let e = JSONEncoder()
        e.userInfo[Value.taggedDoubles] = true
        return e
    }
    static func decoder() -> JSONDecoder {
        let d = JSONDecoder()
        d.userInfo[Value.taggedDoubles] = true
        return d
    }
}

/// The child side of contained extraction (`dossier extract-worker`): reads documents from
/// standard input, writes their extractions to standard output, one frame each, until the
/// ingest closes its end.
public enum ExtractionWorker {
    public static func serve() -> Int32 {
        // Frames go to a private copy of standard output; anything else printed lands on stderr.
        let replies = dup(STDOUT_FILENO)
        dup2(STDERR_FILENO, STDOUT_FILENO)
        let host = LocalExtraction()
        let decoder = WorkerCoding.decoder(), encoder = WorkerCoding.encoder()
        while true {
            let request: Data?
            do { request = try WorkerFrames.read(from: STDIN_FILENO) } catch { return 1 }
            guard let request else { return 0 }
            let reply: WorkerReply
            do { reply = .extraction(try host.extract(try decoder.decode(Document.self, from: request))) }
            catch let d as Diagnostic { reply = .failure(d.message) }
            catch { reply = .failure("\(error)") }
            guard let bytes = try? encoder.encode(reply) else { return 1 }
            do { try WorkerFrames.write(bytes, to: replies) } catch { return 1 }
        }
    }
}
