namespace WorkspaceConfigurator.Tests.Resolve;

/// <summary>One change to a map setting (env, node_selector).</summary>
public sealed record ModelMapOp(string Field, ModelOp Op, string? Key = null, string? Value = null);
