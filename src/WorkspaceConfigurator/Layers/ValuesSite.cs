using System.Globalization;
using WorkspaceConfigurator.Errors;
using WorkspaceConfigurator.Layers.ValuesFiles;

namespace WorkspaceConfigurator.Layers;

/// <summary>
/// A node of a values file. Its path (<c>profiles.coder.env.X</c>) is spelled out only when an error names it: a
/// values file of thousands of profiles has tens of thousands of sites, and almost none is ever reported.
/// </summary>
internal sealed class ValuesSite : InputSite
{
    private readonly ValuesSite? parent;
    private readonly string? key;
    private readonly int index;
    private string? path;

    /// <summary>A site whose path is known as a whole.</summary>
    public ValuesSite(SourceMark mark, string path)
    {
        Mark = mark;
        this.path = path;
    }

    // parent.key, or parent[index] when key is null.
    private ValuesSite(SourceMark mark, ValuesSite parent, string? key, int index)
    {
        Mark = mark;
        this.parent = parent;
        this.key = key;
        this.index = index;
    }

    public SourceMark Mark { get; }

    public string Path => path ??= key is null
        ? string.Create(CultureInfo.InvariantCulture, $"{parent!.Path}[{index}]")
        : $"{parent!.Path}.{key}";

    /// <summary>The site of an entry under this one: <c>path.key</c>.</summary>
    public ValuesSite Under(string key, SourceMark mark) => new(mark, this, key, 0);

    /// <summary>The site of an item of this sequence: <c>path[index]</c>.</summary>
    public ValuesSite At(int index, SourceMark mark) => new(mark, this, null, index);

    public override WsconfException Malformed(string problem) => new ValuesFileException(Mark, Path, problem);

    public override InputSite Child(string key, SourceMark? mark = null) => Under(key, mark ?? Mark);
}
