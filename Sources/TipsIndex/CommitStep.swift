/// The steps of a commit, in order, after each of which a crash must leave a readable index.
///
/// Tests interrupt a commit after each step (see `IndexWriter.interruption`) to prove it:
/// before `manifestRenamed` the previous commit is what readers see, from it on the new one.
enum CommitStep: CaseIterable, Sendable, Hashable {
  /// The commit's segment files (new and merged) are written and synced under temporary names.
  case dataWritten
  /// The segment files have their final names; no manifest names them yet.
  case dataRenamed
  /// The new manifest is written and synced under its temporary name.
  case manifestWritten
  /// The manifest has replaced the old one: the commit point. Old files are not deleted yet.
  case manifestRenamed
  /// Files the manifest no longer names are deleted: the commit is complete.
  case filesRemoved
}

/// How a test stops a commit after a step.
enum CommitInterruption: Sendable, Hashable {
  /// Stop dead, cleaning nothing up, as a killed process would; the writer must be dropped.
  case crash(after: CommitStep)
  /// Fail as a system call would, so the writer's own error handling runs.
  case failure(after: CommitStep)
  /// Send this process `SIGKILL`: the real thing, for a test running the writer in a child.
  case kill(after: CommitStep)
}
