namespace WorkspaceConfigurator.Tests.Resolve;

/// <summary>One change to a named config map; a set names the fields it gives (a value may be null).</summary>
public sealed record ModelItemOp(ModelOp Op, string? Name = null, IReadOnlyDictionary<string, string?>? Fields = null);
