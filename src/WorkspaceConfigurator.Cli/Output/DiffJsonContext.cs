using System.Text.Json.Serialization;

namespace WorkspaceConfigurator.Cli.Output;

// Source-generated: no reflection over the types at run time, and the same output in a trimmed or precompiled build.
// The default encoder stays: it writes every character that is not plain ASCII as \uXXXX, so a report printed on
// a terminal carries no escape sequence or bidi control from the files.
[JsonSourceGenerationOptions(WriteIndented = true, NewLine = "\n")]
[JsonSerializable(typeof(DiffJsonDocument))]
internal sealed partial class DiffJsonContext : JsonSerializerContext;
