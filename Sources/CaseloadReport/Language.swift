// `Language` and `Text` moved down to CaseloadCore so that the file readers can speak Dutch too;
// re-exported here so that code importing CaseloadReport alone keeps seeing them by name.
@_exported import enum CaseloadCore.Language
@_exported import struct CaseloadCore.Text

/// The catalogue of texts, one namespace per area (`Texts.Plan`, `Texts.Dashboard`, …), each
/// text a `Text` or a function of the values it names that returns one.
public enum Texts {}
