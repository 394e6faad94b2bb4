using WorkspaceConfigurator.Layers;
using WorkspaceConfigurator.Resolve;

namespace WorkspaceConfigurator.Tests.Resolve;

/// <summary>
/// A layer written by hand, for tests of the ladder below the values files and the command line. Its label is the
/// source of every value it gives and the site of every error, so a test can tell which rung a value came from.
/// </summary>
internal sealed class HandLayer(string label)
{
    public Layer Layer { get; } = new();

    /// <summary>Sets a setting to a text, or unsets it with null (as <c>null</c> in a values file does).</summary>
    public HandLayer Set(string field, string? text)
    {
        Layer.Set(text is null ? ScalarInput.Unset(field, Source, Site(field)) : ScalarInput.Of(field, text, Source, Site(field)));
        return this;
    }

    /// <summary>Sets one entry of a map setting.</summary>
    public HandLayer Entry(string field, string key, string text) =>
        Add(field, MapOpKind.Set, key, ScalarInput.Of(field, text, Source, Site(field).Child(key)));

    /// <summary>Deletes one entry of a map setting (<c>KEY: null</c>).</summary>
    public HandLayer Delete(string field, string key) => Add(field, MapOpKind.Delete, key, null);

    /// <summary>Drops every entry below (<c>$patch: replace</c>).</summary>
    public HandLayer Replace(string field) => Add(field, MapOpKind.Clear, null, null);

    /// <summary>The layer as one of the profile's own rungs, or as the entry of the profile named by <paramref name="via"/>.</summary>
    public LayerRung Rung(string? via = null) => new(Layer, label, null, via);

    /// <summary>The layer as a <c>global:</c> rung.</summary>
    public LayerRung Global() => new(Layer, label, null, null, IsGlobal: true);

    private SettingSource Source => new(SettingOrigin.Values, label);

    private CommandLineSite Site(string field) => new(label, field);

    private HandLayer Add(string field, MapOpKind kind, string? key, ScalarInput? value)
    {
        Layer.Add(new MapOp(field, kind, key, value, Source, Site(field)));
        return this;
    }
}
