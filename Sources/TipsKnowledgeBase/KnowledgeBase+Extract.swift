import Foundation
import TipsCore
import TipsExtract
import TipsIndex
import TipsIngest
import TipsLanguage

extension KnowledgeBase {
  /// What `extract` went through.
  public struct ExtractReport: Sendable {
    public var threads = 0
    public var tips = 0
    public var failures: [IngestError] = []
    public var warnings: [String] = []
    /// Each file of Reddit comment lines: lines read and lines left out, with why.
    public var lineReports: [CommentLineReport] = []
  }

  /// `extract` with the shipped language model.
  public func extract(
    _ paths: [String], emit: (String) -> Void
  ) async throws(KnowledgeBaseError) -> ExtractReport {
    let language: LanguageModel
    do {
      language = try LanguageModel.shipped()
    } catch {
      throw KnowledgeBaseError(error)
    }
    return try await extract(paths, language: language, emit: emit)
  }

  /// Finds the tips of every thread in `paths` (files, folders, or "-" for standard input)
  /// and hands `emit` one `ExtractedThread` line per thread, in the order read; writes no
  /// index. The same input gives the same lines, byte for byte.
  ///
  /// Input is any export `add` reads, Reddit comment lines (grouped with bounded memory), or
  /// lines `extract` wrote, whose posts are extracted again. Standard input is copied to a
  /// temporary file first, so its format can be told from its first line and it can then be
  /// streamed like a file.
  public func extract(
    _ paths: [String], language: LanguageModel, emit: (String) -> Void
  ) async throws(KnowledgeBaseError) -> ExtractReport {
    let extractor = TipExtractor(lexicon: lexicon, language: language)
    var report = ExtractReport()
    var stdinCopy: String?
    defer { if let stdinCopy { try? FileManager.default.removeItem(atPath: stdinCopy) } }
    var files: [String] = []
    for path in paths {
      if path == "-" {
        do {
          if stdinCopy == nil { stdinCopy = try Self.copyStandardInput() }
          // Empty input is no threads, not a bad file: a Spark partition may hold none.
          if let stdinCopy, FileSize.byteCount(ofFile: stdinCopy) > 0 { files.append(stdinCopy) }
        } catch {
          report.failures.append(error)
        }
        continue
      }
      do {
        files += try ThreadImporter.files(in: [path])
      } catch {
        report.failures.append(error)
      }
    }
    func source(_ path: String) -> String { path == stdinCopy ? "-" : path }

    var batch: [(TipsCore.Thread, String)] = []
    var batchBytes = 0
    func flush() async {
      let indexed = await AddPipeline.extract(batch.map(\.0), extractor, nil)
      for (entry, (_, path)) in zip(indexed, batch) {
        report.threads += 1
        report.tips += entry.tips.count
        emit(ExtractedThread(entry, source: source(path)).line())
      }
      batch = []
      batchBytes = 0
    }
    var usenet: [(TipsCore.Thread, String)] = []
    func take(_ thread: TipsCore.Thread, from path: String) async {
      if thread.format == .usenet {
        usenet.append((thread, path))
        return
      }
      batch.append((thread, path))
      batchBytes += thread.posts.reduce(0) { $0 + $1.text.utf8.count }
      if batchBytes >= batchTextBytes { await flush() }
    }
    // Threads are extracted a batch at a time as they are read, so memory holds one batch
    // (and a file's Usenet messages), never a whole input: the lines of a file that fails
    // halfway are already written.
    for input in Self.inputs(files) {
      let path = input.paths[0]
      do {
        if !input.isCommentLines, let lines = try ExtractedLines(path: path) {
          while let line = try lines.next() { await take(line.indexed.thread, from: path) }
        } else {
          var stream = try input.stream()
          report.warnings += stream.warnings
          while let thread = try stream.next() { await take(thread, from: path) }
          report.lineReports += stream.lineReports.map { counted in
            var named = counted
            named.path = source(counted.path)
            return named
          }
        }
      } catch {
        report.failures.append(error)
      }
    }
    let merged = ThreadImporter.mergingThreads(usenet.map(\.0))
    let firstPath = Dictionary(
      usenet.map { ($0.0.id, $0.1) }, uniquingKeysWith: { first, _ in first })
    for thread in merged { batch.append((thread, firstPath[thread.id] ?? "")) }
    await flush()
    return report
  }

  /// Builds or extends the index from lines `extract` wrote, without extracting again.
  ///
  /// Each file's threads are committed with the others in one commit; a file with a line
  /// that is not an `ExtractedThread` is reported and left out whole, as a malformed export.
  public func add(
    fromTips paths: [String], progress: AddProgress? = nil
  ) async throws(KnowledgeBaseError) -> AddReport {
    var failures: [IngestError] = []
    var files: [String] = []
    for path in paths {
      do {
        files += try ThreadImporter.files(in: [path])
      } catch {
        failures.append(error)
      }
    }
    do {
      // The pipeline extracts nothing here (every thread comes with its tips), but it is
      // built around an extractor.
      let extractor = TipExtractor(lexicon: lexicon, language: try LanguageModel.shipped())
      var pipeline = AddPipeline(directory: directory, extractor: extractor, progress: progress)
      for (fileNumber, file) in files.enumerated() {
        var threads: [IndexedThread] = []
        var bytes = 0
        do {
          guard let lines = try ExtractedLines(path: file, requiring: true) else { continue }
          while let line = try lines.next() {
            threads.append(line.indexed)
            bytes += line.posts.reduce(0) { $0 + $1.text.utf8.count }
            progress?.update { $0.threads += 1 }
            if bytes >= batchTextBytes {
              try await pipeline.enqueue(extracted: threads, file: fileNumber)
              threads = []
              bytes = 0
            }
          }
          try await pipeline.enqueue(extracted: threads, file: fileNumber)
        } catch let error as IngestError {
          failures.append(error)
          try await pipeline.discard(file: fileNumber)
        }
      }
      guard let (summary, threads) = try await pipeline.commit(adding: []) else {
        return AddReport(threads: [], failures: failures, skipped: [], commit: nil)
      }
      return AddReport(threads: threads, failures: failures, skipped: [], commit: summary)
    } catch let error as IndexError {
      throw KnowledgeBaseError(error)
    } catch let error as LanguageError {
      throw KnowledgeBaseError(error)
    } catch {
      throw .unusableIndex(reason: "\(error)")
    }
  }

  private static func copyStandardInput() throws(IngestError) -> String {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("tips-stdin-\(UUID().uuidString)").path
    guard FileManager.default.createFile(atPath: path, contents: nil),
      let output = FileHandle(forWritingAtPath: path)
    else { throw .unreadable(path: "-", reason: "cannot make a temporary copy") }
    defer { try? output.close() }
    let input = FileHandle.standardInput
    while true {
      guard let chunk = try? input.read(upToCount: 1 << 20), !chunk.isEmpty else { break }
      do {
        try output.write(contentsOf: chunk)
      } catch {
        throw .unreadable(path: "-", reason: "cannot copy standard input (disk full?)")
      }
    }
    return path
  }
}

/// The lines of a file `tips extract` wrote, one `ExtractedThread` at a time.
final class ExtractedLines {
  static let formatName = "tips extract lines"
  private let reader: LineReader
  private let path: String
  private var lineNumber = 0

  /// Nil when the file is empty or its first line is not an extracted thread; with
  /// `requiring`, the latter throws instead.
  init?(path: String, requiring: Bool = false) throws(IngestError) {
    let probe = try LineReader(path: path, maximumLength: 64 << 20)
    var first: [UInt8]?
    while let line = probe.next() {
      guard case .text(let bytes) = line else { break }
      if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
      first = bytes
      break
    }
    // An empty file holds no threads: Spark writes one for an empty partition, and a
    // `_SUCCESS` marker beside its parts.
    guard let first else { return nil }
    guard ExtractedThread.opensExtractedLines(first) else {
      if requiring {
        throw .malformed(
          path: path, format: Self.formatName,
          reason: "the first line is not a thread 'tips extract' wrote")
      }
      return nil
    }
    self.reader = try LineReader(path: path, maximumLength: 64 << 20)
    self.path = path
  }

  func next() throws(IngestError) -> ExtractedThread? {
    while let line = reader.next() {
      lineNumber += 1
      guard case .text(let bytes) = line else {
        throw .malformed(path: path, format: Self.formatName, reason: "line \(lineNumber) too long")
      }
      if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
      guard let thread = try? JSONDecoder().decode(ExtractedThread.self, from: Data(bytes)) else {
        throw .malformed(
          path: path, format: Self.formatName,
          reason: "line \(lineNumber) is not an extracted thread")
      }
      return thread
    }
    return nil
  }
}
