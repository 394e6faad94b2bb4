namespace WorkspaceConfigurator.Layers.ValuesFiles;

/// <summary>One key and its value; keys are scalars (their text is the key), unique within their mapping.</summary>
internal sealed record ValuesEntry(ValuesScalar Key, ValuesNode Value);
