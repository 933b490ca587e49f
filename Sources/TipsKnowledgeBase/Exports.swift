// The values the knowledge base answers in, so a front end imports this module and nothing
// else: the model (remedies, tips, evidence, the lexicon) and the summaries of threads,
// commits and the index. The readers, writers and rankers behind them stay out of sight, so
// every front end goes through the same door and prints the same values.
@_exported import TipsCore

@_exported import struct TipsIndex.CommitSummary
@_exported import struct TipsIndex.IndexStats
@_exported import struct TipsIndex.ThreadSummary
@_exported import struct TipsIngest.CommentLineReport
@_exported import enum TipsIngest.IngestError
