/// A Universal Dependencies part-of-speech tag (UPOS), the 17 coarse word classes every UD
/// treebank shares.
///
/// Raw values are the tags as UD spells them, so a CoNLL-U column or a weights file maps to a
/// case without a table; the order of cases is the order stored in `tagger.bin`, so adding a
/// case means retraining.
public enum UPOS: String, Sendable, Hashable, CaseIterable, Codable {
  case adjective = "ADJ"
  case adposition = "ADP"
  case adverb = "ADV"
  case auxiliary = "AUX"
  case coordinatingConjunction = "CCONJ"
  case determiner = "DET"
  case interjection = "INTJ"
  case noun = "NOUN"
  case numeral = "NUM"
  case particle = "PART"
  case pronoun = "PRON"
  case properNoun = "PROPN"
  case punctuation = "PUNCT"
  case subordinatingConjunction = "SCONJ"
  case symbol = "SYM"
  case verb = "VERB"
  case other = "X"
}
