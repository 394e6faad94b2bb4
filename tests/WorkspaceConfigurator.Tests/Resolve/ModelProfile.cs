namespace WorkspaceConfigurator.Tests.Resolve;

/// <summary>A profile's place in the values files: its entries (file order), includes, parent, and its class rung if it is one.</summary>
public sealed record ModelProfile(IReadOnlyList<ModelLayer> Entries, IReadOnlyList<string> Includes, string? Extends, ModelLayer? Class);
