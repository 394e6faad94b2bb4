using WorkspaceConfigurator.Layers.Items;

namespace WorkspaceConfigurator.Layers.ValuesFiles;

/// <summary>
/// What one values file says about one profile (or, for <c>global:</c>, about every profile): the profile's data
/// (<c>extends</c>, <c>profiles</c>, <c>abstract</c>), the settings written under it, still untyped (their types
/// come from the profile's declarations), and its named-item changes, already read.
/// </summary>
internal sealed class ProfileEntry
{
    internal ProfileEntry(ValuesDocument document, string slug, SourceMark mark, string path)
    {
        Document = document;
        Slug = slug;
        Mark = mark;
        Path = path;
    }

    public ValuesDocument Document { get; }

    /// <summary>The profile's slug; empty for the <c>global:</c> entry.</summary>
    public string Slug { get; }

    /// <summary>Where the entry's key was written.</summary>
    public SourceMark Mark { get; }

    /// <summary>The entry's path in the file: <c>profiles.coder</c> or <c>global</c>.</summary>
    public string Path { get; }

    public bool IsGlobal => Slug.Length == 0;

    public ProfileReference? Extends { get; internal set; }

    /// <summary>The ordered includes; null when the entry does not give <c>profiles:</c>.</summary>
    public IReadOnlyList<ProfileReference>? Includes { get; internal set; }

    /// <summary>Where <c>profiles:</c> was written, for messages.</summary>
    public SourceMark? IncludesMark { get; internal set; }

    public bool? Abstract { get; internal set; }

    public SourceMark? AbstractMark { get; internal set; }

    /// <summary>The settings written under the entry, in order, typed later against the profile's declarations.</summary>
    public IReadOnlyList<ValuesEntry> Settings { get; internal set; } = [];

    /// <summary>The named-item changes, in order.</summary>
    public IReadOnlyList<ItemOp> Items { get; internal set; } = [];
}
